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
        return Breadcrumb().IsMatch(text) || IsLanguageSwitch(text) || Share().IsMatch(text) || ShareButtons().IsMatch(text) || ReadingTime().IsMatch(text) || SkipLink().IsMatch(text)
            || IsBarredMenu(text) || CookieNotice().IsMatch(text) || RepositoryBar().IsMatch(text);
    }

    // A letter kept in a code repository and copied from its page: the repository's name ("keepiton-coalition /
    // open-letters   Public"), the branch ("main"), the file's path ("open-letters / 2025 / tanzania.md"), the last
    // commit ("Latest commit 7f3c9e2 · last week   History"), the contributors ("7 contributors") and the file's size
    // ("168 lines (131 loc) · 10.4 KB").
    [GeneratedRegex(@"^(?:[\w.-]+\s+/\s+[\w.-]+\s{2,}(?:Public|Private|Internal)|(?:[\w.-]+\s+/\s+)+[\w.-]+\.(?:md|markdown|txt)|.*\b[0-9a-f]{7,40}\s+·.*\s{2,}History|\d+\s+contributors?|\d+\s+lines\s+\(\d+\s+loc\)\s+·\s+[\d.]+\s*[KMG]?B|main|master|Files)$", RegexOptions.CultureInvariant)]
    private static partial Regex RepositoryBar();

    /// <summary>
    /// "Menu", "Home", "Accueil", "Share this:", "* Inicio": the first item of a menu or a row of buttons that a copied page
    /// prints one per line (a text browser bullets each); the short lines under it ("About us", "Get involved"; "Facebook", "Email"), to the next blank line,
    /// are the rest of it.
    /// </summary>
    public static bool IsMenuStart(string line) => MenuStart().IsMatch(line.Trim());

    /// <summary>An item of a menu printed one per line: one to four words, with no sentence's marks and no digit.</summary>
    public static bool IsMenuLine(string line) =>
        line.Trim() is { Length: > 0 and <= 40 } text && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4
        && !text.Any(c => char.IsDigit(c) || c is '.' or ',' or ':' or ';' or '(' or ')' or '!' or '?');

    [GeneratedRegex(@"^(?:[*•]\s+)?(?:menu|menú|main\s+menu|navigation(?:\s+menu)?|home|accueil|inicio|início|startseite|(?:share(?:\s+this(?:\s+page)?)?|partager|partagez|compartir|compartilhe|partilhar|teilen|condividi)\s*:)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MenuStart();

    // "We use cookies to give you the best experience …", "Nous utilisons des cookies …", "Este sitio utiliza cookies …":
    // a site's notice about its cookies.
    [GeneratedRegex(@"^(?:we\s+use\s+cookies|this\s+(?:web)?site\s+uses\s+cookies|nous\s+utilisons\s+des\s+cookies|ce\s+site\s+utilise\s+des\s+cookies|(?:utilizamos|usamos)\s+cookies|este\s+sitio\s+(?:web\s+)?utiliza\s+cookies|este\s+site\s+usa\s+cookies|wir\s+verwenden\s+cookies|diese\s+website\s+verwendet\s+cookies)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CookieNotice();

    /// <summary>
    /// "About | Our work | News | Get involved | Donate": a menu copied with bars between its items, four or more of one
    /// to three words, none with a digit or a sentence's marks (a page's "Statement | 5 July 2022 | 4 min read" has dates);
    /// or three after the site's name and a wide gap ("Lakeside Diaspora Forum␣␣␣Home | Campaigns | Donate").
    /// </summary>
    private static bool IsBarredMenu(string text) =>
        IsBarredMenu(text, items: 4) || (WideGap().Split(text) is [_, .., var menu] && IsBarredMenu(menu, items: 3));

    private static bool IsBarredMenu(string text, int items) =>
        text.Split('|', StringSplitOptions.TrimEntries) is { } parts && parts.Length >= items && text.Length <= 120
        && parts.All(item => item.Length > 0 && IsMenuWords(item) && !item.Any(char.IsDigit));

    /// <summary>
    /// "Issues  Campaigns  Resources  About us  Donate", "Accueil  Parcourir  Lancer une pétition  Connexion": a web page's
    /// menu copied as one row, three items or more of one to three words set apart by wide gaps, none of them a
    /// sentence's or a list's (no full stop, comma or colon).
    /// </summary>
    public static bool IsMenuRow(string line) =>
        WideGap().Split(line.Trim()) is { Length: >= 3 } items && line.Trim().Length <= 120 && items.All(IsMenuWords);

    // An item of a menu copied as one row: one to three words, none of a sentence's or a list's marks.
    private static bool IsMenuWords(string item) =>
        item.Split(' ').Length <= 3 && !item.Any(c => c is '.' or ',' or ':' or ';' or '(' or ')');

    /// <summary>"* Home", "• About us": an item of a web page's menu copied as a bulleted line, one to three words.</summary>
    public static bool IsMenuItem(string line) => MenuItem().IsMatch(line.Trim());

    [GeneratedRegex(@"\s{2,}|\t", RegexOptions.CultureInvariant)]
    private static partial Regex WideGap();

    [GeneratedRegex(@"^[*•]\s+\p{L}[\p{L}'’-]*(?:\s+[\p{L}'’&-]+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex MenuItem();

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

    /// <summary>
    /// What a web page, a social post or a chat prints right after its text, in the small vocabulary of each language:
    /// its buttons and menus ("Like  Comment  Share", "Follow", "Post your reply", "Signer cette pétition", "Fale
    /// conosco"), its footer ("Help", "Privacy", "Termos", "Datenschutz"), the author's box ("Written by …", "More from
    /// …"), the counts under a post ("58 comments   143 shares", "312 Followers", "Ana Diallo and 97 others"), a line of
    /// hashtags ("#JusticeNow #Chad"), a shared document's panel of comments ("Comments (4) · 1 resolved"), a line that ends on them (a thread's last post with its link), a plea to pass it
    /// on ("Please share widely"), the heading of its links to other posts ("Related posts", "Articles similaires")
    /// and a chat's next message ("[22/03/2023, 07:43] Name: …"). None of it signs; after a list of signatories it
    /// ends the list.
    /// </summary>
    public static bool IsAfterTheText(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        return (IsButtonRow(text) && !IsLoneSiteWord(text)) || AuthorBox().IsMatch(text) || Counts().IsMatch(text) || CommentsPanel().IsMatch(text) || Reactions().IsMatch(text)
            || EndsOnHashtags().IsMatch(text) || PleaToShare().IsMatch(text) || ChatMessage().IsMatch(text) || OtherPosts().IsMatch(text) || PostControl().IsMatch(text);
    }

    /// <summary>
    /// "Help", "About", "Status", "Sobre": one word of a menu or footer alone on its line, other than a share button. An
    /// organization may be called so ("HELP", a German aid agency), so it ends a list only among more of the page's
    /// furniture, as a footer prints its links one under another.
    /// </summary>
    public static bool IsLoneSiteWord(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim().TrimEnd(':').Trim();
        return !text.Contains(' ', StringComparison.Ordinal) && SiteWord().IsMatch(text) && !ShareWord().IsMatch(text);
    }

    // "Share" as the pages of the letters' languages print the button: one list for the button alone and for a row of them.
    private const string ShareWords = "share|dela|del|deel|teilen|partager|compartir|compartilhar|condividi|jaa";

    [GeneratedRegex(@"^(?:" + ShareWords + ")$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ShareWord();

    /// <summary>
    /// "signed 2 weeks ago", "signed yesterday", "firmó hace 3 días", "a signé le 4 mars 2025": when a petition page's
    /// signer signed, as it prints it beside each name; no part of the name.
    /// </summary>
    public static bool IsSigningStamp(string text) =>
        SigningStamp().Match(text.Trim()) is { Success: true } stamp
        && (stamp.Groups["when"].Success || WrittenDate.TryParse(stamp.Groups["date"].Value, out _, out _));

    // A time ago or a day; the verb is the one the page's language signs with, in the past or not at all.
    [GeneratedRegex(@"^(?:(?:signed|joined|added|endorsed|firmó|firmado|adhirió|a\s+signé|signé|a\s+rejoint|assinou|assinado|aderiu|unterzeichnet|hat\s+unterzeichnet|ha\s+firmato|firmato)(?:\s+(?:on|el|le|em|am|il))?\s+)?(?:(?<when>(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|yesterday|today|just\s+now|(?:hace|há|il\s+y\s+a|vor)\s+(?:\d+|un|una|um|uma|une|einem|einer)\s+\p{L}+|ayer|hoy|hier|aujourd['’]hui|ontem|hoje|gestern|heute|ieri|oggi)|(?<date>\d.*\d|\p{L}+\s+\d{1,2},?\s+\d{4}))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SigningStamp();

    /// <summary>
    /// "Latest signatures␣␣␣Showing organizations (26)", "+ 8,383 more individuals  [ View all ]", "8,412 signatures of
    /// 10,000 goal", "Organizations: 26 · Individuals: 8,386": a petition page's counters and the title over its latest
    /// signers, above the letter or in its list; none signs, none is an addressee.
    /// </summary>
    public static bool IsPetitionCounter(string line) => PetitionCounter().IsMatch(line.Trim()) || Counters().IsMatch(line.Trim());

    // "Organizations: 26 · Individuals: 8,386", "Sign-on form responses: 31 · Confirmed: 29": counts, each after its label, between dots.
    [GeneratedRegex(@"^[\p{L} '’-]{3,40}:\s*\d[\d.,]*(?:\s*[·•|]\s*[\p{L} '’-]{3,40}:\s*\d[\d.,]*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Counters();

    // The title over the latest signers, "Showing …", "+ N more …", "N signatures of N goal".
    [GeneratedRegex(@"^(?:(?:latest|recent|newest|most\s+recent)\s+(?:signatures|signers|signatories|supporters|endorsements)\b.*|showing\s+(?:\d[\d.,]*|all|\p{L}+\s*\(\d[\d.,]*\))(?:\s.*)?|\+\s*\d[\d.,]*\s+more\b.*|[^\p{L}\d]*\d[\d.,]*\s+(?:signatures|signers|supporters)\s+(?:of|out\s+of)\s+(?:a\s+)?\d[\d.,]*(?:\s+goal)?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PetitionCounter();

    /// <summary>"@RightsLakeWatch": the handle a social post prints under its author's name, again over each post of a thread.</summary>
    public static bool IsHandle(string line) => Handle().IsMatch(line.Trim());

    // "Like  Comment  Share", "Facebook  WhatsApp  X  E-mail  Copier le lien", "Share   Copy link": every part is a button
    // or a menu's word; a platform's name counts only beside another button, since alone it could be a name.
    private static bool IsButtonRow(string text)
    {
        if (SiteWord().IsMatch(text))
        {
            return true;
        }

        // "[ Sign the letter ]   [ Share on Facebook ]": buttons drawn in brackets; "Like · Reply · See translation · 3d":
        // a comment's buttons with its age.
        var parts = ButtonSeparator().Split(text).Select(p => p.Trim('[', ']', ' ')).Where(p => p.Length > 0).ToList();
        return parts.Count >= 2 && parts.All(p => SiteWord().IsMatch(p) || Platform().IsMatch(p) || Age().IsMatch(p)) && !parts.All(p => Age().IsMatch(p));
    }

    // "3d", "2 h", "5 min", "1w", "2 days ago": how long ago a comment was posted, as a post prints it under the comment.
    [GeneratedRegex(@"^\d{1,3}\s*(?:s|m|h|d|w|y|mo|min|mins|hr|hrs|hours?|days?|weeks?|months?|years?)(?:\s+ago)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Age();

    // The words of a page's buttons, menus, footer and sign-up form, whole, in English, French, Spanish, Portuguese,
    // German, Italian and the Nordic languages. The share buttons are here ("Share", "Dela", "Teilen" and "Copy link"),
    // with whatever follows them on their line.
    [GeneratedRegex(@"^(?:(?:" + ShareWords + @")(?:\s{2,}\S.*)?|copy\s+link|kopiera\s+länk(?:en)?|kopier\s+lenke(?:n)?|kopiér\s+link(?:et)?|link\s+kopieren|link\s+kopiëren|copier\s+le\s+lien|copiar\s+(?:el\s+)?(?:enlace|link)|kopioi\s+linkki"
        + @"|(?:share|post|tweet)\s+(?:on|to|via)\s+\p{L}+|sign\s+(?:this|the)\s+(?:letter|statement|pledge)|view\s+all|show\s+(?:more|all|less)|load\s+more|see\s+all|read\s+(?:the|this|our)\s+(?:full\s+)?(?:letter|statement|article|report|release|petition)(?:\s+(?:on|at)\s+(?:our|the)\s+(?:website|site|blog|page))?|forward\s+to\s+a\s+friend|update\s+(?:your\s+)?(?:preferences|subscription)|unsubscribe|manage\s+(?:your\s+)?(?:e-?mail\s+)?(?:subscription|preferences)|view\s+(?:this\s+)?(?:e-?mail|message)\s+in\s+(?:your\s+)?browser|like|comment|comments|reply|see\s+translation|see\s+original|show\s+original|rate\s+this\s+translation|follow|following|repost|retweet|most\s+relevant|view\s+more\s+comments|write\s+a\s+comment|post\s+your\s+reply|relevant\s+people|who\s+to\s+follow|open\s+in\s+app|write|sign\s+up|sign\s+in|log\s+in|listen|help|status|about|about\s+us|careers|blog|menu|search|donate(?:\s+now)?|other\s+ways\s+to\s+share|print|accept(?:\s+all)?(?:\s+cookies)?|reject\s+all|manage\s+(?:preferences|cookies)|cookie\s+settings|read\s+our\s+cookie\s+policy|privacy|privacy\s+policy|terms|terms\s+of\s+(?:service|use)|cookie\s+policy|text\s+to\s+speech|sign\s+(?:this|the)\s+petition|first\s+name|last\s+name|e-?mail(?:\s+address)?"
        + @"|rechercher…?|faire\s+un\s+don|j['’]aime|commenter|répondre|suivre|s['’]abonner|à\s+propos|aide|confidentialité|politique\s+de\s+confidentialité|conditions\s+(?:d['’]utilisation|générales)|mentions\s+légales|signer(?:\s+(?:cette|la)\s+pétition)?|partager\s+(?:cette|la)\s+pétition|prénom|nom|actualités|signalements"
        + @"|menú|buscar…?|donar|me\s+gusta|comentar|responder|seguir|ayuda|acerca\s+de|privacidad|política\s+de\s+privacidad|términos(?:\s+y\s+condiciones)?|firmar|firma\s+(?:esta|la)\s+petición|nombre|apellidos?|correo\s+electrónico"
        + @"|pesquisar…?|doar|doe\s+agora|curtir|sobre|sobre\s+(?:o|a|nós)(?:\s+\p{L}+)?|ajuda|imprensa|nosso\s+blog|fale\s+conosco|termos(?:\s+de\s+uso)?|privacidade|direitos\s+autorais|assine(?:\s+(?:esta|a)\s+petição)?|sobrenome"
        + @"|suche…?|spenden|gefällt\s+mir|kommentieren|antworten|folgen|hilfe|über\s+uns|impressum|datenschutz(?:erklärung)?|nutzungsbedingungen|(?:jetzt\s+)?(?:petition\s+)?unterschreiben|vorname|nachname"
        + @"|mi\s+piace|commenta|rispondi|segui|chi\s+siamo|firma\s+(?:la|questa)\s+petizione|gilla|kommentera|svara|följ)\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SiteWord();

    // The platforms and tools a page's share buttons name, in the letters' languages: one list for the buttons alone and for a row of them.
    private const string Platforms = @"facebook|twitter|tweet|x|linkedin|whatsapp|telegram|messenger|mastodon|e-?mail|courriel|correo(?:\s+electrónico)?|print|imprimer|imprimir|drucken|bluesky|threads|reddit";

    [GeneratedRegex(@"^(?:" + Platforms + ")$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Platform();

    // "Share this via Facebook Share this via X Share this via Email", "[Share on Facebook] [Share on X] [Copy link]",
    // "[Share] [Tweet] [Email]": two buttons or more, each the platform with or without its "Share (this) via/on", in
    // brackets or not.
    [GeneratedRegex(@"^(?:\[?\s*(?:(?:share(?:\s+this)?\s+(?:via|on)\s+)?(?:" + Platforms + @")|share|copy\s+link|other\s+ways\s+to\s+share)\s*\]?\s*){2,}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ShareButtons();

    [GeneratedRegex(@"\s{2,}|\s*[·|•]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ButtonSeparator();

    // "Related posts", "Recent news", "You may also like", "Articles similaires", "Entradas relacionadas", "Posts
    // relacionados", "Ähnliche Beiträge": the heading of a page's links to its other posts, printed under the post.
    [GeneratedRegex(@"^(?:(?:related|recent|latest|more|other|similar|popular)\s+(?:posts?|stories|news|articles?|items|links|publications|press\s+releases|statements|updates|entries)|more\s+(?:from|on)\s+(?:the|our|this)\s+(?:blog|site|topic)|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested(?:\s+in)?)|read\s+next|further\s+reading|(?:previous|next|older|newer)\s+(?:post|article|story|entry)"
        + @"|(?:articles|publications|actualités)\s+(?:similaires|récent(?:e)?s|liées)|(?:derniers|autres|plus\s+d['’])\s*(?:articles|actualités|publications)|dernières\s+(?:actualités|publications|nouvelles)|à\s+lire\s+également|dans\s+la\s+même\s+rubrique|vous\s+(?:aimerez|pourriez)\s+aussi(?:\s+aimer)?|article\s+(?:précédent|suivant)"
        + @"|(?:entradas|publicaciones|noticias|artículos)\s+(?:relacionadas|relacionados|recientes|similares)|últimas\s+(?:noticias|entradas|publicaciones)|(?:más|otras)\s+(?:noticias|entradas|publicaciones)|(?:también\s+)?te\s+puede\s+interesar|quizás\s+te\s+interese|lee\s+también|entrada\s+(?:anterior|siguiente)"
        + @"|(?:posts|publicações|notícias|artigos|matérias)\s+(?:relacionad[oa]s|recentes|semelhantes)|últimas\s+(?:notícias|publicações)|(?:mais|outras)\s+(?:notícias|publicações|matérias)|você\s+(?:também\s+)?pode\s+gostar|(?:post|artigo)\s+anterior|próximo\s+(?:post|artigo)"
        + @"|(?:ähnliche|neueste|weitere|aktuelle)\s+(?:beiträge|artikel|meldungen)|das\s+könnte\s+dich\s+auch\s+interessieren)\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OtherPosts();

    // "See less" at the end of a post's text, "Most relevant ▾" over its comments, "View more comments", "Write a
    // comment…", "Voir moins", "Ver más", "Weniger anzeigen": a social network's controls, under the post.
    [GeneratedRegex(@"^(?:…\s*)?(?:see\s+(?:less|more|translation|original)|most\s+relevant|all\s+comments|newest|view\s+(?:more|all|previous)\s+(?:comments|replies)|write\s+a\s+(?:comment|reply)|voir\s+(?:moins|plus|la\s+traduction)|plus\s+pertinents|écrire\s+un\s+commentaire|ver\s+(?:menos|más|mais|traducción|tradução)|más\s+relevantes|mais\s+relevantes|escribe\s+un\s+comentario|escreva\s+um\s+comentário|(?:weniger|mehr)\s+anzeigen|relevanteste|kommentieren)\s*[▾▼▸…:.]*\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PostControl();

    // "Written by Lake Watch", "More from Lake Watch", "Écrit par …", "Escrito por …", "Geschrieben von …": a blog's author box.
    [GeneratedRegex(@"^(?:written\s+by|more\s+from|écrit\s+par|escrito\s+por|geschrieben\s+von|scritto\s+da)\s+\S.*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AuthorBox();

    // "58 comments   143 shares", "312 Followers", "18.4K Views", "1,2 k commentaires · 300 partages": numbers and what they
    // count, only; "👍❤️😢 1.4K · 212 comments · 689 shares": the reactions' count first, after the reactions, set
    // apart by a dot or a wide gap.
    [GeneratedRegex(@"^(?:[\p{So}\p{Cs}\uFE0F\u200D]*\s*[\d.,]+\s*[KkM]?(?:\s*[·•|]\s*|\s{2,}))?(?:[\d.,]+\s*[KkM]?\s+(?:comments?|shares?|likes?|reactions?|followers?|following|views?|reposts?|retweets?|quotes?|bookmarks?|replies|commentaires?|partages?|réactions?|abonnés|vues|comentarios?|compartidos|reacciones|seguidores|visualizaciones|comentários|compartilhamentos|visualizações|kommentare?|reaktionen|aufrufe|mal\s+geteilt|commenti|condivisioni|kommentarer|delningar|följare)\s*[·•|]?\s*)+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Counts();

    // "Comments (4) · 1 resolved      Show all comments ▸", "Commentaires (2)": the head of a shared document's comments.
    [GeneratedRegex(@"^(?:comments?|commentaires?|comentarios?|comentários?|kommentare?)\s*\(\d+\)(?:\s*[·•|]\s*\d+\s+(?:resolved|résolus?|resueltos?|resolvidos?|erledigt))?(?:\s{3,}.*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CommentsPanel();

    // "Ana Diallo, Lake Watch and 97 others", "Ana Diallo et 97 autres personnes", "Ana Diallo y 97 personas más",
    // "Ana Diallo e outras 97 pessoas", "Ana Diallo und 97 weitere Personen": who reacted to a post.
    [GeneratedRegex(@"\s(?:and\s+[\d.,]+\s*[KkM]?\s+others|et\s+[\d.,]+\s*[KkM]?\s+autres(?:\s+personnes)?|y\s+[\d.,]+\s*[KkM]?\s+personas\s+más|y\s+[\d.,]+\s*[KkM]?\s+más|e\s+outras\s+[\d.,]+\s*[KkM]?\s+pessoas|und\s+[\d.,]+\s*[KkM]?\s+weitere(?:\s+personen)?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Reactions();

    // "#JusticeNow #Chad", "Read it here ⬇️ example.org/letter #Chad #Justice 7/7": a line of hashtags, or one that ends
    // on two or more of them (and the post's number in its thread).
    [GeneratedRegex(@"^(?:#\w+\s*)+$|(?:#\w+\s+){1,}#\w+(?:\s+\d{1,2}/\d{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex EndsOnHashtags();

    // "Please share widely", "Merci de partager largement", "Por favor compartir", "Bitte teilen": a plea to pass the letter on.
    [GeneratedRegex(@"^(?:please\s+(?:share|forward|circulate|retweet|repost)|kindly\s+(?:share|forward|circulate)|merci\s+de\s+(?:partager|diffuser|faire\s+circuler)|(?:à\s+)?partager\s+largement|(?:por\s+favor|favor\s+de)\s+(?:compart[ai]\w*|difundir|reenviar)|bitte\s+(?:teilen|weiterleiten|verbreiten)|per\s+favore\s+condividete)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PleaToShare();

    // "[22/03/2023, 07:43] Name: …" (a chat exported or copied from WhatsApp), "22/03/2023, 07:43 - Name: …" (its Android form).
    [GeneratedRegex(@"^(?:\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\]|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?\s+-)\s*[^:]{1,60}:", RegexOptions.CultureInvariant)]
    private static partial Regex ChatMessage();

    [GeneratedRegex(@"^@\w{1,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

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

    // "Home » News", and any path of short sections between angle marks ("News > Press releases", "Actualités › Communiqués").
    [GeneratedRegex(@"^(?:(?:home|accueil|inicio|início|página\s+inicial|startseite|start|home\s*page)\s*(?:»|›|>|/|\||:)\s*\S.*|(?:news|press|media|statements|publications|actualités|noticias|notícias|aktuelles|nieuws)(?:\s+&)?(?:\s+[\p{L}]+)?(?:\s+/\s+[\p{L}]+(?:\s+[\p{L}]+){0,2}){1,3}|[^»›>]{1,30}(?:\s+[»›>]\s+[^»›>\s][^»›>]{0,40}){1,4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"^(?:english|français|francais|español|espanol|português|portugues|deutsch|italiano|nederlands|kiswahili|العربية|русский|中文|日本語|bahasa\s+indonesia|svenska|norsk|dansk|suomi|türkçe|українська|кыргызча|қазақша|oʻzbekcha|o['’]zbekcha|ўзбекча|тоҷикӣ|azərbaycanca|ქართული|հայերեն|فارسی|اردو|हिन्दी|বাংলা|ไทย|tiếng\s+việt|bahasa\s+melayu|[A-Z]{2})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Language();

    [GeneratedRegex(@"^(?:share(?:\s+this(?:\s+page)?)?|partager|partagez|compartir|compartilhe|compartilhar|partilhar|partilhe|teilen|condividi)\s*:?\s*(?:(?:" + Platforms + @")\b\s*[|·,]?\s*)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Share();

    // "Skip to main content", "Skip navigation", "Aller au contenu principal", "Ir al contenido", "Pular para o conteúdo",
    // "Zum Inhalt springen", "Direkt zum Inhalt", "Passa al contenuto principale", "Naar de inhoud".
    [GeneratedRegex(@"^(?:skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|search)|skip\s+navigation|aller\s+au\s+contenu(?:\s+principal)?|(?:ir|saltar)\s+al\s+contenido(?:\s+principal)?|(?:pular|ir)\s+para\s+o\s+conte[úu]do(?:\s+principal)?|zum\s+inhalt(?:\s+springen)?|direkt\s+zum\s+inhalt|passa\s+al\s+contenuto(?:\s+principale)?|naar\s+(?:de\s+)?(?:hoofd)?inhoud)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SkipLink();

    [GeneratedRegex(@"(?:^|\|\s*)(?:lesezeit|temps\s+de\s+lecture|tiempo\s+de\s+lectura|tempo\s+de\s+leitura|reading\s+time)\s*:?\s*\d+\s*\p{L}*\s*$|^\d+\s*min(?:ute)?s?\s+read$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReadingTime();
}
