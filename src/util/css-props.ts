import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM
 * (`style.setProperty`), never through a `style` attribute, so it works under
 * a strict Content-Security-Policy (`style-src 'self'` forbids inline style
 * attributes). Usage: `<span ${cssProps({ '--_dot': accent })}>`.
 */
class CssProps extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps() goes in an element position: <div ${cssProps({...})}>');
  }

  render(_props: Record<string, string | undefined>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Record<string, string | undefined>]): unknown {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (props[name] === undefined) style.removeProperty(name);
    this.previous.clear();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const cssProps = directive(CssProps);
