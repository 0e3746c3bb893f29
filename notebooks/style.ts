/** What a notebook adds to the report's styles (scripts/report/html.ts): inputs and run state. */
export const NOTEBOOK_STYLE = `
nav.modules { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; font-size: 14px; margin-bottom: 18px; }
nav.modules a[aria-current] { font-weight: bold; color: var(--ink); text-decoration: none; }
nav.modules .switch { margin-left: auto; color: var(--muted); }
form.inputs { display: flex; flex-wrap: wrap; gap: 8px 22px; align-items: center; padding: 10px 12px; background: #f4f4f7; border-radius: 6px; max-width: 1060px; }
label.input { display: inline-flex; align-items: center; gap: 8px; font-size: 14px; }
label.input input[type=range] { width: 130px; }
label.input input[type=number] { width: 92px; font: inherit; }
label.input select { font: inherit; }
form.inputs button, p.status button { font: inherit; font-size: 13px; }
p.status { min-height: 1.4em; color: var(--muted); font-size: 14px; }
section.running .result { opacity: 0.45; transition: opacity 0.2s; }
details.brief { max-width: 900px; margin: 14px 0; }
details.brief summary { cursor: pointer; font-weight: bold; }
article.theory table { border-collapse: collapse; margin: 12px 0; }
article.theory td, article.theory th { text-align: left; white-space: normal; border: 1px solid var(--rule); }
`;
