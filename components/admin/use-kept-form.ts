'use client';

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import type { FormState } from '@/lib/form-state';

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/**
 * useActionState for a form that keeps what was typed when the action answers
 * with errors. React resets a `<form action>` after every submission, which
 * would empty the password fields and put selects back to their first value;
 * submitting from onSubmit in a transition skips that reset (react.dev, "form").
 * `action` stays on the form, so it still posts without JavaScript.
 * With `resetOnSuccess`, the form is cleared once the action reports `ok`.
 */
export function useKeptForm(action: Action, { resetOnSuccess = false } = {}) {
  const [state, formAction, pending] = useActionState(action, {});
  const ref = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (resetOnSuccess && state.ok) ref.current?.reset();
  }, [state, resetOnSuccess]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  }

  return { state, pending, form: { ref, action: formAction, onSubmit } };
}
