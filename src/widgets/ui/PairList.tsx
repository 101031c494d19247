// Editable name/value rows, used for query parameters and headers.
export function PairList({
  legend,
  pairs,
  onChange,
  note,
}: {
  legend: string;
  pairs: Array<[string, string]>;
  onChange: (pairs: Array<[string, string]>) => void;
  note?: (name: string) => string | undefined;
}) {
  const update = (index: number, column: 0 | 1, value: string) =>
    onChange(pairs.map((pair, i) => (i === index ? (column === 0 ? [value, pair[1]] : [pair[0], value]) : pair)));
  return (
    <fieldset class="tryit-pairs">
      <legend>{legend}</legend>
      {pairs.map(([name, value], index) => (
        <div class="tryit-pairs__row" key={index}>
          <input
            aria-label={`${legend}: name ${index + 1}`}
            value={name}
            spellcheck={false}
            onInput={(event) => update(index, 0, event.currentTarget.value)}
          />
          <input
            aria-label={`${legend}: value of ${name || `row ${index + 1}`}`}
            value={value}
            spellcheck={false}
            onInput={(event) => update(index, 1, event.currentTarget.value)}
          />
          <button
            type="button"
            aria-label={`Remove ${name || `row ${index + 1}`}`}
            onClick={() => onChange(pairs.filter((_, i) => i !== index))}
          >
            ×
          </button>
          {note?.(name) ? <small class="tryit-pairs__note">{note(name)}</small> : null}
        </div>
      ))}
      <button type="button" onClick={() => onChange([...pairs, ['', '']])}>
        Add {legend.toLowerCase().replace(/s$/, '')}
      </button>
    </fieldset>
  );
}
