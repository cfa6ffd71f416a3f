import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM
 * (`style.setProperty`), never through a `style` attribute, so it works under
 * a strict Content-Security-Policy (`style-src 'self'` forbids inline style
 * attributes). Usage: `<span ${cssProps({ '--_dot': accent })}>`.
 */
class CssProps extends Directive {
  /** The values this directive set, by property name. */
  private last: Record<string, string> = {};

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps() goes in an element position: <div ${cssProps({...})}>');
  }

  render(_props: Record<string, string | undefined>): unknown {
    return noChange;
  }

  // Without a list or a copy of the properties: a long list has a few of these per row.
  override update(part: ElementPart, [props]: [Record<string, string | undefined>]): unknown {
    const style = (part.element as HTMLElement).style;
    const last = this.last;
    for (const name in last) {
      if (props[name] !== undefined) continue;
      style.removeProperty(name);
      delete last[name];
    }
    for (const name in props) {
      const value = props[name];
      if (value === undefined || value === last[name]) continue;
      style.setProperty(name, value);
      last[name] = value;
    }
    return noChange;
  }
}

export const cssProps = directive(CssProps);
