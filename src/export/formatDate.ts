/** Dates on exports, written the way the labels' language writes them: "26. november 2026". */
export function formatDate(date: Date, lang: string): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
  try {
    return new Intl.DateTimeFormat(lang, options).format(date);
  } catch {
    return new Intl.DateTimeFormat('da', options).format(date); // an unknown tag must not stop an export
  }
}
