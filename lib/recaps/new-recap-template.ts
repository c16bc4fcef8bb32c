/**
 * The body a new recap starts with. Its example talk is written exactly as
 * the talks panel writes one (lib/recaps/talk-blocks.ts), with a realistic
 * speaker, so "Edit" on it opens a form whose name, role and affiliation
 * fields are all filled in: the organizer sees where each part goes, and
 * saving it unchanged leaves the body as it was (talk-blocks.test.ts).
 */
export const NEW_RECAP_TEMPLATE = `Write a short introduction to the event here: who came, where, and what it was about.

<Talk title="Title of the first talk" speakers="Ada Lovelace (Staff Engineer, Example Corp)">

What the talk was about. Edit this talk in the Talks panel below the editor, or here in the text.

</Talk>
`;
