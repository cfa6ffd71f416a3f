// Generated from xliff/ar.xlf by npm run localize:build (lit-localize, then scripts/split-catalog.mjs): do not edit.
/* eslint-disable */
import { str } from '@lit/localize';

/** Arabic messages with the id prefixes "majlis.". */
export const arMajlis = {
  'majlis.comma': `، `,
  'majlis.details': `تفاصيل فنية`,
  'majlis.empty': `لا يوجد ما يُعرض بعد.`,
  'majlis.error.http': str`تعذّر تحميل المعلومات (ردّ الخادم برمز ${0}).`,
  'majlis.error.invalid': `المعلومات ليست بالصيغة المتوقعة.`,
  'majlis.error.missing': `لم يُحدَّد مصدر للمعلومات في هذه الأداة.`,
  'majlis.error.network': `تعذّر تحميل المعلومات. تحقّق من الاتصال وأعد المحاولة.`,
  'majlis.error.parse': `المعلومات ليست بصيغة مقروءة.`,
  'majlis.error.timeout': `استغرق تحميل المعلومات وقتًا أطول من اللازم.`,
  'majlis.error.tooLarge': `حجم المعلومات أكبر من أن يُعرض.`,
  'majlis.error.version': `تستخدم المعلومات صيغة أحدث مما تدعمه هذه الأداة.`,
  'majlis.kind.agendaItems': `بنود جدول الأعمال`,
  'majlis.kind.documents': `الوثائق`,
  'majlis.kind.initiatives': `المبادرات`,
  'majlis.kind.meetings': `الاجتماعات`,
  'majlis.kind.members': `الأعضاء`,
  'majlis.kind.milestones': `المحطات الرئيسية`,
  'majlis.kind.organizations': `الجهات`,
  'majlis.kind.other': `مدخلات أخرى`,
  'majlis.kind.outcomes': `المخرجات`,
  'majlis.kind.participants': `المشاركين`,
  'majlis.kind.people': `الأشخاص`,
  'majlis.kind.references': `الروابط إلى مدخلات غير موجودة`,
  'majlis.kind.sources': `المصادر`,
  'majlis.kind.states': `الدول الأعضاء`,
  'majlis.kind.workingGroups': `فرق العمل`,
  'majlis.leftOut': str`لم يُعرض من ${0}: ${1}`,
  'majlis.loading': `جارٍ التحميل…`,
  'majlis.retry': `أعد المحاولة`,
  'majlis.stale': `تُعرض معلومات سابقة: تعذّر تحميل آخر تحديث.`,
  'majlis.warnings': str`تعذّر عرض بعض المدخلات. عدد المشكلات في البيانات: ${0}`,
};
