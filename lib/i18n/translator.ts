import { createTranslator, type NamespaceKeys, type NestedKeyOf } from 'next-intl';
import type { Locale } from './locales';
import { messagesFor, type Messages } from './messages';

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

const translators = new Map<string, unknown>();

/**
 * A synchronous translator for `namespace` in `locale`, for the server
 * components that cannot await `getTranslations`: those rendered by
 * `renderToStaticMarkup` (the MDX components through `checkRender`, the
 * editor's preview) and the small leaves every page shares. Like
 * `getTranslations({ locale, namespace })` it never reads the request, so a
 * page stays cacheable. Never import it from a client component: it carries
 * both catalogs. One translator per (locale, namespace): a bounded set.
 */
export function translator<const N extends Namespace>(locale: Locale, namespace: N) {
  const key = `${locale}:${namespace}`;
  let t = translators.get(key) as ReturnType<typeof create<N>> | undefined;
  if (!t) {
    t = create(locale, namespace);
    translators.set(key, t);
  }
  return t;
}

function create<const N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace, timeZone: 'UTC' });
}
