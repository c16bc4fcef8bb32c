import { useTranslations } from 'next-intl';
import { ATTENDANCE_MODES, EVENT_STATUSES } from '@/lib/recaps/schema';
import { FormField, INPUT_CLASS } from './form-field';
import { fieldId, type RecapFields } from './types';

/** Zones offered as suggestions; any other IANA zone can be typed (the schema checks it). */
const COMMON_ZONES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Paris',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Australia/Sydney',
  'UTC',
];

type EventKey =
  | 'start'
  | 'end'
  | 'endDate'
  | 'timeZone'
  | 'address'
  | 'onlineUrl'
  | 'registration'
  | 'previousDate'
  | 'previousStart'
  | 'series'
  | 'seriesName'
  | 'seriesStop';

/** Input types: a plain text input for times, so that whatever is typed reaches the server and its message (a date input would drop it). */
const INPUTS: Array<{ key: EventKey; type?: string; wide?: boolean; placeholder?: string }> = [
  { key: 'start', placeholder: '19:00' },
  { key: 'end', placeholder: '21:00' },
  { key: 'endDate', type: 'date' },
  { key: 'timeZone' },
  { key: 'address', wide: true },
  { key: 'onlineUrl', placeholder: 'https://…', wide: true },
  { key: 'registration', placeholder: 'https://…', wide: true },
  { key: 'previousDate', type: 'date' },
  { key: 'previousStart', placeholder: '19:00' },
  { key: 'series', placeholder: 'cloud-native-practice' },
  { key: 'seriesName' },
  { key: 'seriesStop', placeholder: '3' },
];

interface Props {
  fields: RecapFields;
  errors: Record<string, string>;
  set: (key: keyof RecapFields, value: string) => void;
  /** SITE_TIME_ZONE: what an empty zone means. */
  siteTimeZone: string;
}

/** The event's time, place, status and series, and whether it is published as an announcement. Every value stays the text typed. */
export function EventFields({ fields, errors, set, siteTimeZone }: Props) {
  const t = useTranslations('editor.event');
  const help = (key: string) => `${fieldId(key)}-help`;
  const hint = (key: string, text: string) => (
    <p id={help(key)} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
      {text}
    </p>
  );

  const input = ({ key, type = 'text', wide, placeholder }: (typeof INPUTS)[number]) => (
    <FormField
      key={key}
      id={fieldId(key)}
      label={t(`fields.${key}`)}
      error={errors[key]}
      hintIds={[help(key)]}
      className={wide ? 'sm:col-span-2' : undefined}
      after={hint(key, key === 'timeZone' ? t('help.timeZone', { zone: siteTimeZone }) : t(`help.${key}`))}
    >
      {(aria) => (
        <input
          {...aria}
          type={type}
          name={key}
          value={fields[key]}
          placeholder={key === 'timeZone' ? siteTimeZone : placeholder}
          list={key === 'timeZone' ? 'recap-time-zones' : undefined}
          spellCheck={false}
          onChange={(e) => set(key, e.target.value)}
          className={INPUT_CLASS}
        />
      )}
    </FormField>
  );

  return (
    <fieldset className="mt-6 grid gap-4 sm:grid-cols-2" data-testid="event-fields">
      <legend className="mb-2 text-lg font-semibold">{t('form.legend')}</legend>
      <div className="sm:col-span-2">
        <label className="flex items-start gap-2 text-sm font-medium">
          <input
            type="checkbox"
            id={fieldId('announcement')}
            name="announcement"
            checked={fields.announcement === 'true'}
            onChange={(e) => set('announcement', e.target.checked ? 'true' : '')}
            aria-describedby={help('announcement')}
            className="mt-0.5"
          />
          {t('fields.announcement')}
        </label>
        {hint('announcement', t('help.announcement'))}
        {errors.announcement && <p className="mt-1 text-sm text-red-700 dark:text-red-400">{errors.announcement}</p>}
      </div>
      {INPUTS.slice(0, 4).map(input)}
      <datalist id="recap-time-zones">
        {COMMON_ZONES.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <FormField
        id={fieldId('eventStatus')}
        label={t('fields.eventStatus')}
        error={errors.eventStatus}
        hintIds={[help('eventStatus')]}
        after={hint('eventStatus', t('help.eventStatus'))}
      >
        {(aria) => (
          <select {...aria} name="eventStatus" value={fields.eventStatus} onChange={(e) => set('eventStatus', e.target.value)} className={INPUT_CLASS}>
            <option value="">{t('form.statusDefault')}</option>
            {EVENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id={fieldId('attendance')}
        label={t('fields.attendance')}
        error={errors.attendance}
        hintIds={[help('attendance')]}
        after={hint('attendance', t('help.attendance'))}
      >
        {(aria) => (
          <select {...aria} name="attendance" value={fields.attendance} onChange={(e) => set('attendance', e.target.value)} className={INPUT_CLASS}>
            <option value="">{t('form.attendanceDefault')}</option>
            {ATTENDANCE_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`attendance.${mode}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {INPUTS.slice(4).map(input)}
    </fieldset>
  );
}
