using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// The navigation of a web page copied with its letter, above the title: a breadcrumb ("Home » News » Statements",
/// "Startseite > Aktuelles > Offene Briefe"), a language switch ("English | Español | Français", "EN / FR / ES"), share
/// buttons ("Share this: Facebook | Twitter | Email", "Teilen:"), a reading time ("Lesezeit: 4 Minuten", "5 min
/// read") and the link screen readers jump by ("Skip to main content", "Aller au contenu principal"). None of it is the
/// letter's title, address or date.
/// </summary>
internal static partial class WebPageFurniture
{
    public static bool IsNavigation(string line)
    {
        var text = line.Trim();
        return Breadcrumb().IsMatch(text) || IsLanguageSwitch(text) || Share().IsMatch(text) || ReadingTime().IsMatch(text) || SkipLink().IsMatch(text);
    }

    /// <summary>
    /// The links a web page prints under its text: a book's navigation to the pages before and after it ("‹ Crisis in
    /// Libya   up   Security Council Resolution 1970 ›", "« Previous | Next »") and a page's tools ("Printer-friendly
    /// version   Send to friend", "Version imprimable"). After a list of signatories they end it.
    /// </summary>
    public static bool IsPageLinks(string line)
    {
        var text = line.Trim();
        return BookNavigation().IsMatch(text) || PageTools().IsMatch(text);
    }

    // Every part between bars or slashes names a language, or is its two-letter code.
    private static bool IsLanguageSwitch(string text) =>
        text.Split(['|', '/', '·'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } parts
        && parts.All(part => Language().IsMatch(part));

    // "‹ Crisis in Libya   up   Security Council Resolution 1970 ›", "« Previous   Next »", "‹ Précédent | Suivant ›":
    // a single angle quote, which names do not print, or a double one beside the word for previous or next (a French
    // name may stand in « »).
    [GeneratedRegex(@"^(?:‹.*|.*›|«\s*(?:previous|prev|précédent|anterior|vorherige)\b.*|.*\b(?:next|suivant|siguiente|próximo|nächste)\s*»)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BookNavigation();

    // "Printer-friendly version   Send to friend", "Print this page", "Version imprimable", "Versión para imprimir".
    [GeneratedRegex(@"^(?:printer[- ]friendly\s+version|print\s+this\s+(?:page|article)|version\s+imprimable|versión\s+(?:para\s+)?imprimir|versão\s+para\s+impress[ãa]o|druckversion)(?:\s{2,}|\s*[|·]\s*|$).*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PageTools();

    [GeneratedRegex(@"^(?:home|accueil|inicio|início|página\s+inicial|startseite|start|home\s*page)\s*(?:»|›|>|/|\||:)\s*\S", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"^(?:english|français|francais|español|espanol|português|portugues|deutsch|italiano|nederlands|kiswahili|العربية|русский|中文|日本語|bahasa\s+indonesia|svenska|norsk|dansk|suomi|[A-Z]{2})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Language();

    [GeneratedRegex(@"^(?:share(?:\s+this(?:\s+page)?)?|partager|partagez|compartir|compartilhe|compartilhar|teilen|condividi)\s*:?\s*(?:(?:facebook|twitter|tweet|x|linkedin|whatsapp|e-?mail|email|print|imprimer|imprimir|drucken)\b\s*[|·,]?\s*)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Share();

    // "Skip to main content", "Skip navigation", "Aller au contenu principal", "Ir al contenido", "Pular para o conteúdo",
    // "Zum Inhalt springen", "Direkt zum Inhalt", "Passa al contenuto principale", "Naar de inhoud".
    [GeneratedRegex(@"^(?:skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|search)|skip\s+navigation|aller\s+au\s+contenu(?:\s+principal)?|(?:ir|saltar)\s+al\s+contenido(?:\s+principal)?|(?:pular|ir)\s+para\s+o\s+conte[úu]do(?:\s+principal)?|zum\s+inhalt(?:\s+springen)?|direkt\s+zum\s+inhalt|passa\s+al\s+contenuto(?:\s+principale)?|naar\s+(?:de\s+)?(?:hoofd)?inhoud)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SkipLink();

    [GeneratedRegex(@"(?:^|\|\s*)(?:lesezeit|temps\s+de\s+lecture|tiempo\s+de\s+lectura|tempo\s+de\s+leitura|reading\s+time)\s*:?\s*\d+\s*\p{L}*\s*$|^\d+\s*min(?:ute)?s?\s+read$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReadingTime();
}
