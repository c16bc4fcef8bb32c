import { useState } from 'react';
import { suggestSlug } from '@/lib/recaps/slug';
import { FormField, INPUT_CLASS } from './form-field';
import { EventFields } from './event-fields';
import { ImageUpload } from './image-upload';
import { CoverImage } from '@/components/recaps/cover-image';
import { useTranslations } from 'next-intl';
import { useFieldLabel } from './field-labels';
import { fieldId, type RecapFields } from './types';

export const DESCRIPTION_LIMIT = 200;

interface Props {
  fields: RecapFields;
  errors: Record<string, string>;
  onChange: (fields: RecapFields) => void;
  uploadUrl: string;
  /** True when the recap has never had a slug: it then follows the title until edited by hand. */
  slugUnset: boolean;
  /** SITE_TIME_ZONE, what an empty time zone means. */
  siteTimeZone: string;
}

type TextKey = 'date' | 'city' | 'venue' | 'community' | 'author' | 'tags' | 'cover';
const TEXT_FIELDS: Array<{ key: TextKey; type?: string; placeholder?: string; wide?: boolean }> = [
  { key: 'date', type: 'date' },
  { key: 'city' },
  { key: 'venue' },
  { key: 'community' },
  { key: 'author' },
  { key: 'tags', wide: true },
];

/** Only what the schema would accept as a cover is loaded: a site path or an http(s) address. */
const showsCover = (cover: string) => /^(?:\/(?!\/)|https?:\/\/)\S+$/.test(cover.trim());

export function FrontMatterForm({ fields, errors, onChange, uploadUrl, slugUnset, siteTimeZone }: Props) {
  const t = useTranslations('editor');
  const label = useFieldLabel();
  const [slugFollowsTitle, setSlugFollowsTitle] = useState(slugUnset && fields.slug === '');
  const set = (key: keyof RecapFields, value: string) => onChange({ ...fields, [key]: value });
  // UTF-16 length, as the server's schema counts it.
  const descriptionLength = fields.description.length;
  const countId = `${fieldId('description')}-count`;
  const tagsHintId = `${fieldId('tags')}-hint`;

  function setTitle(title: string) {
    const slug = slugFollowsTitle ? (title.trim() ? suggestSlug(title, fields.date || undefined) : '') : fields.slug;
    onChange({ ...fields, title, slug });
  }

  function setSlug(slug: string) {
    setSlugFollowsTitle(slugUnset && slug === '');
    set('slug', slug);
  }

  const text = (key: TextKey, type = 'text', placeholder?: string, hintIds?: string[]) => (
    <FormField id={fieldId(key)} label={label(key)} error={errors[key]} hintIds={hintIds}>
      {(aria) => (
        <input
          {...aria}
          type={type}
          name={key}
          value={fields[key]}
          placeholder={placeholder}
          onChange={(e) => set(key, e.target.value)}
          className={INPUT_CLASS}
        />
      )}
    </FormField>
  );

  return (
    <fieldset className="grid gap-4 sm:grid-cols-2">
      <legend className="mb-2 text-lg font-semibold">{t('form.details')}</legend>
      <FormField id={fieldId('title')} label={label('title')} error={errors.title} className="sm:col-span-2">
        {(aria) => <input {...aria} name="title" value={fields.title} onChange={(e) => setTitle(e.target.value)} className={INPUT_CLASS} />}
      </FormField>
      <FormField id={fieldId('slug')} label={label('slug')} error={errors.slug} className="sm:col-span-2">
        {(aria) => (
          <div className="flex gap-2">
            <input {...aria} name="slug" value={fields.slug} onChange={(e) => setSlug(e.target.value)} className={INPUT_CLASS} spellCheck={false} />
            <button type="button" className="btn-link mt-1 text-sm" onClick={() => setSlug(suggestSlug(fields.title, fields.date || undefined))}>
              {t('form.suggest')}
            </button>
          </div>
        )}
      </FormField>
      {TEXT_FIELDS.map(({ key, type, placeholder, wide }) => (
        <div key={key} className={wide ? 'sm:col-span-2' : undefined}>
          {text(key, type, key === 'tags' ? t('form.tagsPlaceholder') : placeholder, key === 'tags' ? [tagsHintId] : undefined)}
          {key === 'tags' && (
            <p id={tagsHintId} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
              {t('form.tagsHint')}
            </p>
          )}
        </div>
      ))}
      <FormField id={fieldId('locale')} label={label('locale')} error={errors.locale}>
        {(aria) => (
          <select {...aria} name="locale" value={fields.locale} onChange={(e) => set('locale', e.target.value)} className={INPUT_CLASS}>
            <option value="en">{t('form.localeEn')}</option>
            <option value="zh">{t('form.localeZh')}</option>
          </select>
        )}
      </FormField>
      <FormField
        id={fieldId('description')}
        label={label('description')}
        error={errors.description}
        hintIds={[countId]}
        className="sm:col-span-2"
        after={
          <p
            id={countId}
            className={`mt-1 text-xs ${descriptionLength > DESCRIPTION_LIMIT ? 'font-semibold text-red-700 dark:text-red-400' : 'text-zinc-600 dark:text-zinc-400'}`}
          >
            {descriptionLength} / {DESCRIPTION_LIMIT}
            {descriptionLength > DESCRIPTION_LIMIT && <span className="sr-only"> {t('form.tooLong')}</span>}
          </p>
        }
      >
        {(aria) => (
          <textarea
            {...aria}
            name="description"
            rows={3}
            value={fields.description}
            onChange={(e) => set('description', e.target.value)}
            className={INPUT_CLASS}
          />
        )}
      </FormField>
      <div className="sm:col-span-2">
        {text('cover', 'text', t('form.coverPlaceholder'))}
        <div className="mt-2">
          <ImageUpload
            uploadUrl={uploadUrl}
            testId="upload-cover-image"
            label={t('form.uploadCover')}
            successText={t('form.coverUploaded')}
            onUploaded={(image) => set('cover', image.src)}
          />
        </div>
        {showsCover(fields.cover) && (
          // Framed as the recap cards frame it, so the organizer sees the crop visitors will see.
          <figure className="mt-3 max-w-sm overflow-hidden rounded-xl border border-zinc-200 dark:border-zinc-800" data-testid="cover-preview">
            <CoverImage src={fields.cover.trim()} lazy={false} />
            <figcaption className="p-2 text-xs text-zinc-600 dark:text-zinc-400">{t('form.coverCaption')}</figcaption>
          </figure>
        )}
      </div>
      <div className="sm:col-span-2">
        <EventFields fields={fields} errors={errors} set={set} siteTimeZone={siteTimeZone} />
      </div>
    </fieldset>
  );
}
