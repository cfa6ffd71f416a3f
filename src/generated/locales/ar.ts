
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'list.colon': `: `,
'list.comma': `، `,
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
'majlis.loading': `جارٍ التحميل…`,
'majlis.retry': `أعد المحاولة`,
'majlis.stale': `تُعرض معلومات سابقة: تعذّر تحميل آخر تحديث.`,
'majlis.warnings': str`تعذّر عرض بعض المدخلات (${0} من المشكلات في البيانات).`,
'meeting.addToCalendar': `أضف إلى التقويم`,
'meeting.date.unknown': `لم يُعلَن الموعد`,
'meeting.date.unrecorded': `لم يُذكر التاريخ`,
'meeting.label.body': `الجهة`,
'meeting.label.date': `التاريخ`,
'meeting.label.host': `الجهة المستضيفة`,
'meeting.label.venue': `المكان`,
'meeting.mode.hybrid': `حضوري وعن بُعد`,
'meeting.mode.inPerson': `حضوري`,
'meeting.mode.virtual': `عبر الاتصال المرئي`,
'meeting.none': `لا توجد اجتماعات لعرضها بعد.`,
'meeting.notFound': str`الاجتماع «${0}» غير موجود في هذه البيانات.`,
'meeting.ordinalTitle': str`الاجتماع ${0}`,
'meeting.section.documents': `الوثائق`,
'meeting.section.outcomes': `المخرجات`,
'meeting.section.people': `الرئاسة والمتحدثون`,
'meeting.section.sources': `المصادر`,
'meeting.status.cancelled': `أُلغي`,
'meeting.status.held': `عُقد`,
'meeting.status.postponed': `مؤجَّل`,
'meeting.status.rescheduled': `أُعيدت جدولته`,
'meeting.status.scheduled': `مُجدوَل`,
'meeting.untitled': `اجتماع`,
'role.chair': `الرئيس`,
'role.host': `المضيف`,
'role.openingSpeaker': `الكلمة الافتتاحية`,
'role.participant': `مشارك`,
'role.presenter': `مقدّم عرض`,
'role.rapporteur': `المقرّر`,
'role.speaker': `متحدث`,
'role.viceChair': `نائب الرئيس`,
    };
  