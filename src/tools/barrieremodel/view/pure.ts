/** A component that only re-renders when a prop changes (shallow), without preact/compat. */
import { Component, type ComponentType, type FunctionComponent, h } from 'preact';

export function pure<P extends object>(Inner: FunctionComponent<P>): ComponentType<P> {
  return class Pure extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      const a = this.props as Record<string, unknown>;
      const b = next as Record<string, unknown>;
      for (const k in b) if (k !== 'children' && a[k] !== b[k]) return true;
      for (const k in a) if (!(k in b)) return true;
      return false;
    }
    override render(props: P) {
      return h(Inner, props);
    }
  };
}
