'use client';

import { useState } from 'react';

interface Props {
  src: string;
  title: string;
  embedUrl: string;
  /** "Play on click · loads the YouTube player", in the recap's language. */
  hint: string;
}

export function VideoPlayer({ src, title, embedUrl, hint }: Props) {
  const [playing, setPlaying] = useState(false);
  return (
    <div className="not-prose my-6 aspect-video overflow-hidden rounded-lg bg-zinc-900">
      {playing ? (
        <iframe
          src={embedUrl}
          title={title}
          className="size-full"
          allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
          referrerPolicy="strict-origin-when-cross-origin"
          sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
        />
      ) : (
        <a
          href={src}
          onClick={(event) => {
            event.preventDefault();
            setPlaying(true);
          }}
          className="flex size-full flex-col items-center justify-center gap-3 text-white hover:bg-zinc-800"
        >
          <span aria-hidden="true" className="grid size-16 place-items-center rounded-full bg-white/90 text-2xl text-zinc-900">
            ▶
          </span>
          <span className="px-4 text-center font-medium">{title}</span>
          <span className="text-xs text-zinc-300">{hint}</span>
        </a>
      )}
    </div>
  );
}
