using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Core.Letters;

namespace Archive.SiteGen.Import;

/// <summary>
/// Reads a date line as letters print it, in English, French or Spanish: "20 July 2009", "July 20, 2009",
/// "20th July 2009", "2009-07-20", "le 20 juillet 2009", "1er mars 2012", "20 de julio de 2009", "julio de 2009",
/// "2009", optionally after a place ("Nairobi, 20 July 2009"), a weekday or "Date:".
/// The whole line must be a date: a year inside a sentence ("the 2005 World Summit") is never a letter's date.
/// Numeric dates with slashes are read day first ("20/07/2009", as most of the world writes them); when only the
/// month-first reading is possible ("07/20/2009") it is used, and when both are possible the reading is flagged.
/// </summary>
internal static partial class WrittenDate
{
    /// <summary>The date a line states, and a note when the reading needs the editor's eye (an ambiguous numeric date).</summary>
    public static bool TryParse(string line, out LetterDate date, out string? note)
    {
        date = default;
        note = null;
        if (line.Split(" / ", StringSplitOptions.TrimEntries) is [var hijri, var gregorian] && IsHijri(hijri))
        {
            // "Beirut, 20 Dhū al-Ḥijja 1438 / 11 September 2017": the Islamic calendar's date beside the Gregorian one,
            // which is the letter's date.
            return TryParse(gregorian, out date, out note);
        }

        if (line.Split(" / ", StringSplitOptions.TrimEntries) is [var gregorianFirst, var hijriAfter] && IsHijri(hijriAfter))
        {
            return TryParse(gregorianFirst, out date, out note);
        }

        if (line.Split(" / ", StringSplitOptions.TrimEntries) is [var first, var second] && TryParse(first, out date, out note))
        {
            // "March 3, 2011 / le 3 mars 2011": one date in two languages, when both halves say the same day; "14 May 2025
            // / 14 أيار/مايو 2025": the other half in a script whose months are not read here, with the same figures.
            return (TryParse(second, out var translated, out _) && translated == date) || HasTheFiguresOf(second, date);
        }

        if (Facts(line.Trim()) is { Length: > 1 } facts)
        {
            // "Letter dated 4 March 2021 · Page updated 11 March 2021 · 6 min read": a web page's line of facts about
            // the letter; its date is the first fact that is a date and not the page's update.
            foreach (var fact in facts.Where(f => !Updated().IsMatch(f)))
            {
                if (TryParse(fact, out date, out note))
                {
                    return true;
                }
            }

            return false;
        }

        // "Mon, 4 Dec 2017 at 16:02", "4 December 2017, 09:15 GMT": an e-mail's date keeps its day, not its time.
        // "Posted on 7 May 2024 by the Communications Team", "Publié le 3 mai 2024 par …": a page's stamp names who posted.
        var stamped = PageStamp().IsMatch(line.Trim()) ? Poster().Replace(line.Trim(), "") : line.Trim();
        var text = TimeOfDay().Replace(DatePrefix().Replace(stamped.TrimEnd('.'), "").Trim(), "").Trim();
        if (text.Length > 60 && PlacesBeforeDate().Match(text) is { Success: true } placed && placed.Groups["places"].Length <= 90)
        {
            // "Ciudad de México, Santo Domingo y Puerto Príncipe, 6 de mayo de 2025": a dateline of several places.
            return TryParse(placed.Groups["date"].Value, out date, out note);
        }

        if (text.Length == 0 || text.Length > 60)
        {
            return false;
        }

        // "June 10, 2019 – Addis Ababa": the place printed after the date. "Stockholm den 28 augusti 2018", "Paris le 3
        // mars 2012", "Bogotá a 3 de marzo de 2012": the place before the date's article, with no comma between.
        text = PlaceBeforeArticle().Replace(PlaceAfterDate().Replace(text, ""), "");

        // "Nairobi, 20 July 2009", "Geneva, July 20, 2009", "Bujumbura, le 03/04/2015": try the text after each comma
        // (without its "le"), the shortest last.
        for (var start = 0; start >= 0; start = text.IndexOf(',', start) is var comma and >= 0 ? comma + 1 : -1)
        {
            if (TryParseDate(Weekday().Replace(DatePrefix().Replace(text[start..].Trim(), ""), ""), out date, out note))
            {
                return true;
            }
        }

        return false;
    }

    // The figures of a date written in another script ("14 أيار/مايو 2025", "١٤ أيار ٢٠٢٥"): its day and its year, and
    // perhaps its month, and no letters of the Latin alphabet (which would be a month's name this reader knows).
    private static bool HasTheFiguresOf(string text, LetterDate date)
    {
        if (date.Precision != DatePrecision.Day || text.Any(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')))
        {
            return false;
        }

        // A run of more than four figures (a telephone number) is no day, month or year.
        var numbers = Figures().Matches(text).Select(m => m.Length > 4 ? -1 : int.Parse(string.Concat(m.Value.Select(c => (char)('0' + (int)char.GetNumericValue(c)))), CultureInfo.InvariantCulture)).ToList();
        return numbers.Contains(date.Day) && numbers.Contains(date.Year) && numbers.All(n => n == date.Day || n == date.Month || n == date.Year);
    }

    /// <summary>
    /// "Statements | 5 July 2022 | 4 min read", "Joint letter | 21 November 2022", "Communiqué | 5 juillet 2022",
    /// "Carta abierta | 24 de marzo de 2022 | Noticias": a web page's line of facts about what it publishes, set apart by
    /// bars under its headline (its kind, its date, its reading time); the date is the first fact that is one, and
    /// not the page's update. Read above the letter only: a row of a table drawn with bars may hold a date among its
    /// cells.
    /// </summary>
    public static bool TryParsePageFacts(string line, out LetterDate date, out string? note)
    {
        date = default;
        note = null;
        var facts = SpacedBar().Split(line.Trim());
        if (facts.Length < 2 || facts.Any(f => f.Length is 0 or > 60))
        {
            return false;
        }

        foreach (var fact in facts.Where(f => !Updated().IsMatch(f)))
        {
            if (TryParse(fact, out date, out note))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "1 October 2025 · Statements · Advocacy EU", "Mar 19, 2024 · 4 min read": a bare date among a page's facts set
    /// apart by dots (its sections, its reading time), when the page went up, as between bars. "Letter dated 4 March
    /// 2021 · Page updated …" says what its date is, and "Geneva, 4 March 2021 · …" where it was written: the letter's.
    /// </summary>
    public static bool IsBareDateAmongFacts(string line) =>
        FactSeparator().Split(line.Trim()) is { Length: > 1 } facts
        && facts.FirstOrDefault(f => !Updated().IsMatch(f) && TryParse(f, out _, out _)) is { } dated
        && !DatePrefix().IsMatch(dated.Trim()) && !IsDateline(dated)
        && facts.Any(f => f != dated && !TryParse(f, out _, out _));

    /// <summary>
    /// "Published 15 May 2018", "Publicerad 2024-06-12 04.00", "Last updated: …": when a web page went up or changed, not
    /// when its letter was written. "Jun 11, 2024, 09:00 ET": a date with its time of day is a wire's or a page's stamp;
    /// a letter is dated by the day.
    /// </summary>
    public static bool IsPageStamp(string line) => PageStamp().IsMatch(line.Trim()) || (TimeOfDay().IsMatch(line.Trim()) && TryParse(line, out _, out _));

    /// <summary>
    /// "Ouagadougou, 18 March 2024", "Paris le 3 mars 2012": a date printed with the place the letter was written in,
    /// which is the letter's own; not "Mar 19, 2024" or "Monday, 4 March 2024".
    /// </summary>
    public static bool IsDateline(string line)
    {
        var text = line.Trim();
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        // "г. Бишкек, 25 февраля 2025 г.": a Russian dateline writes "г." (город, city) before the city's name.
        var place = CityWord().Replace(PlaceBeforeArticle().Match(text) is { Success: true } before ? before.Value : comma > 0 ? text[..comma] : "", "");
        return place.Length > 0 && char.IsUpper(place[0]) && !place.Any(char.IsDigit) && !Weekday().IsMatch(place + ", ")
            && !PageStamp().IsMatch(place) && TryParse(text, out _, out _);
    }

    // "Letter dated 4 March 2021 · Page updated 11 March 2021": facts between dots. "Publicerad 2024-06-12 04.00
    // Uppdaterad 2024-06-12 09.41": a news page's stamps set apart by a wide gap, one of them its update.
    private static string[] Facts(string line) =>
        FactSeparator().Split(line) is { Length: > 1 } dotted ? dotted
        : WideGap().Split(line) is { Length: > 1 } spaced && spaced.Any(f => Updated().IsMatch(f)) ? spaced
        : [line];

    // A date of the Islamic calendar, perhaps after a place: a day, a Hijri month as transliterated with or without
    // its marks ("Dhū al-Ḥijja", "Dhul Hijjah", "Ramadan", "Rabiʿ al-Awwal"), a year of the Hijra (1300–1599), "AH".
    private static bool IsHijri(string text) =>
        HijriDate().IsMatch(Archive.Core.Text.Accents.Remove(text.Trim()).Replace("ʿ", "", StringComparison.Ordinal).Replace("ʾ", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal).ToLowerInvariant());

    private static bool TryParseDate(string text, out LetterDate date, out string? note)
    {
        date = default;
        note = null;
        // "le premier mars 2013", "el primero de octubre de 2011": the first of the month written as a word; "this 21st
        // day of May, 2019", "aos 15 dias do mês de abril de 2021": the day counted in words around its number; "10
        // sierpnia 2021 r.": the Polish "r." (roku, "of the year") after the year, as the Russian "г." (года).
        var lower = YearWord().Replace(DayOfMonth().Replace(FirstOfMonth().Replace(text.ToLowerInvariant(), "1 "), "${d} "), "");
        if (LetterDate.TryParse(lower, out date) && lower.Length is 10 or 4)
        {
            return date.Year is >= 1900 and <= 2100;
        }

        if (DayMonthYear().Match(lower) is { Success: true } dmy)
        {
            return TryDay(dmy.Groups["y"].Value, dmy.Groups["m"].Value, dmy.Groups["d"].Value, out date);
        }

        if (MonthDayYear().Match(lower) is { Success: true } mdy)
        {
            return TryDay(mdy.Groups["y"].Value, mdy.Groups["m"].Value, mdy.Groups["d"].Value, out date);
        }

        if (MonthYear().Match(lower) is { Success: true } my && Months.TryGetValue(my.Groups["m"].Value, out var month))
        {
            date = LetterDate.OfMonth(int.Parse(my.Groups["y"].Value, CultureInfo.InvariantCulture), month);
            return true;
        }

        if (Numeric().Match(lower) is { Success: true } numeric)
        {
            return TryNumeric(numeric, out date, out note);
        }

        return false;
    }

    private static bool TryDay(string yearText, string monthName, string dayText, out LetterDate date)
    {
        date = default;
        if (!Months.TryGetValue(monthName, out var month))
        {
            return false;
        }

        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        var day = int.Parse(dayText, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = LetterDate.OfDay(year, month, day);
        return true;
    }

    private static bool TryNumeric(Match numeric, out LetterDate date, out string? note)
    {
        date = default;
        note = null;
        var first = int.Parse(numeric.Groups["a"].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(numeric.Groups["b"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(numeric.Groups["y"].Value, CultureInfo.InvariantCulture);
        bool Valid(int day, int month) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        if (Valid(first, second))
        {
            date = LetterDate.OfDay(year, second, first);
            if (first != second && Valid(second, first))
            {
                note = $"'{numeric.Value}' was read day first as {date.ToDisplayString()}; if it means {LetterDate.OfDay(year, first, second).ToDisplayString()}, pass --date";
            }

            return true;
        }

        if (Valid(second, first))
        {
            date = LetterDate.OfDay(year, first, second);
            return true;
        }

        return false;
    }

    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1,
        ["jan"] = 1,
        ["janvier"] = 1,
        ["enero"] = 1,
        ["february"] = 2,
        ["feb"] = 2,
        ["février"] = 2,
        ["fevrier"] = 2,
        ["febrero"] = 2,
        ["march"] = 3,
        ["mar"] = 3,
        ["mars"] = 3,
        ["marzo"] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["avril"] = 4,
        ["abril"] = 4,
        ["may"] = 5,
        ["mai"] = 5,
        ["mayo"] = 5,
        ["june"] = 6,
        ["jun"] = 6,
        ["juin"] = 6,
        ["junio"] = 6,
        ["july"] = 7,
        ["jul"] = 7,
        ["juillet"] = 7,
        ["julio"] = 7,
        ["august"] = 8,
        ["aug"] = 8,
        ["août"] = 8,
        ["aout"] = 8,
        ["agosto"] = 8,
        ["september"] = 9,
        ["sep"] = 9,
        ["sept"] = 9,
        ["septembre"] = 9,
        ["septiembre"] = 9,
        ["setiembre"] = 9,
        ["october"] = 10,
        ["oct"] = 10,
        ["octobre"] = 10,
        ["octubre"] = 10,
        ["november"] = 11,
        ["nov"] = 11,
        ["novembre"] = 11,
        ["noviembre"] = 11,
        ["december"] = 12,
        ["dec"] = 12,
        ["décembre"] = 12,
        ["decembre"] = 12,
        ["diciembre"] = 12,
        // Portuguese
        ["janeiro"] = 1,
        ["fevereiro"] = 2,
        ["março"] = 3,
        ["marco"] = 3,
        ["maio"] = 5,
        ["junho"] = 6,
        ["julho"] = 7,
        ["setembro"] = 9,
        ["outubro"] = 10,
        ["novembro"] = 11,
        ["dezembro"] = 12,
        // Italian
        ["gennaio"] = 1,
        ["febbraio"] = 2,
        ["aprile"] = 4,
        ["maggio"] = 5,
        ["giugno"] = 6,
        ["luglio"] = 7,
        ["settembre"] = 9,
        ["ottobre"] = 10,
        ["dicembre"] = 12,
        // German
        ["januar"] = 1,
        ["jänner"] = 1,
        ["februar"] = 2,
        ["märz"] = 3,
        ["maerz"] = 3,
        ["juni"] = 6,
        ["juli"] = 7,
        ["oktober"] = 10,
        ["dezember"] = 12,
        // Dutch
        ["januari"] = 1,
        ["februari"] = 2,
        ["maart"] = 3,
        ["mei"] = 5,
        ["augustus"] = 8,
        // Swahili ("14 Desemba 2015"); Januari, Februari, Mei, Juni are spelt as in Dutch or German above
        ["machi"] = 3,
        ["aprili"] = 4,
        ["julai"] = 7,
        ["agosti"] = 8,
        ["septemba"] = 9,
        ["oktoba"] = 10,
        ["novemba"] = 11,
        ["desemba"] = 12,
        // Polish, as dates print them (the genitive: "10 sierpnia 2021"), and as a month stands alone
        ["stycznia"] = 1,
        ["styczeń"] = 1,
        ["lutego"] = 2,
        ["luty"] = 2,
        ["marca"] = 3,
        ["marzec"] = 3,
        ["kwietnia"] = 4,
        ["kwiecień"] = 4,
        ["maja"] = 5,
        ["maj"] = 5,
        ["czerwca"] = 6,
        ["czerwiec"] = 6,
        ["lipca"] = 7,
        ["lipiec"] = 7,
        ["sierpnia"] = 8,
        ["sierpień"] = 8,
        ["września"] = 9,
        ["wrzesień"] = 9,
        ["października"] = 10,
        ["październik"] = 10,
        ["listopada"] = 11,
        ["listopad"] = 11,
        ["grudnia"] = 12,
        ["grudzień"] = 12,
        // Swedish, Danish and Norwegian, where they differ from the above ("28 augusti 2018", "3. marts 2015", "1. desember
        // 2019"); Indonesian ("17 Agustus 2021", "2 Maret 2020")
        ["augusti"] = 8,
        ["marts"] = 3,
        ["desember"] = 12,
        ["maret"] = 3,
        ["agustus"] = 8,
        // Turkish
        ["ocak"] = 1,
        ["şubat"] = 2,
        ["mart"] = 3,
        ["nisan"] = 4,
        ["mayıs"] = 5,
        ["haziran"] = 6,
        ["temmuz"] = 7,
        ["ağustos"] = 8,
        ["eylül"] = 9,
        ["ekim"] = 10,
        ["kasım"] = 11,
        ["aralık"] = 12,
        // Russian, as dates print them (the genitive: "25 февраля 2025 г.") and as a month stands alone
        ["января"] = 1,
        ["январь"] = 1,
        ["февраля"] = 2,
        ["февраль"] = 2,
        ["марта"] = 3,
        ["март"] = 3,
        ["апреля"] = 4,
        ["апрель"] = 4,
        ["мая"] = 5,
        ["май"] = 5,
        ["июня"] = 6,
        ["июнь"] = 6,
        ["июля"] = 7,
        ["июль"] = 7,
        ["августа"] = 8,
        ["август"] = 8,
        ["сентября"] = 9,
        ["сентябрь"] = 9,
        ["октября"] = 10,
        ["октябрь"] = 10,
        ["ноября"] = 11,
        ["ноябрь"] = 11,
        ["декабря"] = 12,
        ["декабрь"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private const string MonthName = @"(?<m>\p{L}+)\.?";

    // "Date:", "Date sent:" (a workspace page's field), "le", and the words a dateline starts with: "Published on 22 November 2021", "Published: 04 June 2019",
    // "Letter dated 4 March 2021", "Done in Banjul, The Gambia, 19 October 2022", "Fait à Genève, le …", "Hecho en Lima, el …";
    // "Originally published: 19 Aug 2025" (the letter's own date on a page that carries it), "Joint letter — 19 August 2025".
    [GeneratedRegex(@"^(?:date(?:\s+(?:sent|signed|of\s+(?:the\s+)?letter))?\s*:|fecha(?:\s+de\s+env[íi]o)?\s*:|le\s+|el\s+|den\s+|(?:(?:open|joint|public)\s+(?:letter|statement)|lettre\s+ouverte|carta\s+abierta)\s+[—–-]\s+|(?:originally\s+)?(?:" + PageStampWords + @"|issued|released|adopted|signed)(?:\s*:\s*|\s+)(?:on\s+|le\s+|el\s+|em\s+|am\s+|op\s+)?|(?:(?:letter|statement|appeal|submission)\s+)?dated\s+|done\s+(?:in|at)\s+|fait\s+à\s+|hecho\s+en\s+|dado\s+en\s+|data\s*:|feito\s+em\s+|a\s+(?=\d)|l[iì]\s+(?=\d))\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DatePrefix();

    [GeneratedRegex(@"^(?<places>\p{Lu}[^\d,.;:]*(?:,\s*\p{Lu}[^\d,.;:]*)+),\s*(?<date>[^,]{6,40})$", RegexOptions.CultureInvariant)]
    private static partial Regex PlacesBeforeDate();

    [GeneratedRegex(@"(?:\s+at|\s+à|\s+às|\s+a\s+las|,|\s+[–-])?\s+" + TimeInFigures + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();

    /// <summary>"7/11/2023", "2024-07-01", "12.05.2019": a date in figures, its parts in any order.</summary>
    internal const string DateInFigures = @"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}";

    /// <summary>
    /// "23:58", "9:41:12 a. m.", "14h02", "04.00", "12:00AM EDT", "18:05 (PKT)", "10:00 +02:00", "09:15 GMT+1": a time of
    /// day in figures, with its half of the day and its zone when printed; for a regex that ignores case. The seconds
    /// follow a colon only: "5.10.23" is a date.
    /// </summary>
    internal const string TimeInFigures = @"\d{1,2}[:h.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?(?:\s*" + TimeZone + ")?";

    /// <summary>"PKT", "(CET)", "+02:00", "UTC+3", "GMT": a time zone as printed after a time.</summary>
    internal const string TimeZone = @"(?:\(?[a-z]{2,5}\)?|[+-]\d{2}:?\d{2}|(?:gmt|utc)\s*[+-]?\d{0,2}(?::?\d{2})?)";

    [GeneratedRegex(@"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom)\.?,\s+|^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo),?\s+(?:le\s+)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^(?:le\s+|el\s+|the\s+)?(?<d>\d{1,2})(?:st|nd|rd|th|er|º|°|o|\.)?\s+(?:de\s+|of\s+)?" + MonthName + @",?\s+(?:de\s+|del\s+)?(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    // "July 20, 2009", "November the 3rd, 2015".
    [GeneratedRegex("^" + MonthName + @"\s+(?:the\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex("^" + MonthName + @",?\s+(?:de\s+|del\s+)?(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?:(?:le|el|o)\s+)?(?:premier|primero|primeiro|primo|first|erster)\s+(?:(?:de|of)\s+)?(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex FirstOfMonth();

    [GeneratedRegex(@"^(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?:(?:this|the)\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+|^aos?\s+(?<d>\d{1,2})\s+dias?\s+do\s+m[eê]s\s+de\s+", RegexOptions.CultureInvariant)]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(@"(?<=\d{4})\s*(?:r|roku|г|года|год)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex YearWord();

    [GeneratedRegex(@"^(?:г|гор|м)\.\s*", RegexOptions.CultureInvariant)]
    private static partial Regex CityWord();

    [GeneratedRegex(@"(?<=\d{4})\s+[–—-]\s+\p{Lu}[\p{L} .'-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAfterDate();

    [GeneratedRegex(@"\s+[·•]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex FactSeparator();

    // "by Communications Team", "par la rédaction", "por Equipe de Comunicação", "von Redaktion": after a stamp's date
    // (and its time), who posted the page.
    [GeneratedRegex(@"(?<=\d{4}(?:[^\p{L}]*\d{1,2}[:h.]\d{2}\s*(?:[ap]\.?m\.?)?)?)\s+(?:by|par|por|von|door|av|af|di)\s+\S.*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Poster();

    [GeneratedRegex(@"\p{Nd}+", RegexOptions.CultureInvariant)]
    private static partial Regex Figures();

    [GeneratedRegex(@"\s{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex WideGap();

    // "Joint letter | 21 November 2022"; "Communiqué commun – Publié le 22 février 2024": a spaced dash sets facts apart too.
    [GeneratedRegex(@"\s+[|–—]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedBar();

    // The words a web page stamps its own dates with, in the languages of the letters: "Published", "Publié le",
    // "Veröffentlicht am", "Gepubliceerd op", "Publicerad", "Publiceret", "Publisert", "Julkaistu", "Updated".
    private const string PageStampWords = "published|posted|updated|publié|publiée|publicado|publicada|veröffentlicht|gepubliceerd|publicerad|publiceret|publisert|julkaistu|pubblicato|pubblicata|aggiornato";

    [GeneratedRegex(@"^(?:last\s+updated|" + PageStampWords + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PageStamp();

    [GeneratedRegex(@"\b(?:updated|modified|edited|mis\s+à\s+jour|modifié|actualizad[oa]|atualizad[oa]|aktualisiert|geändert|bijgewerkt|uppdaterad|opdateret|oppdatert|päivitetty)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Updated();

    // "Stockholm den", "Frankfurt am Main den", "Paris le", "Santiago de Cali a", "Lima el": a place of a word or three
    // in capitals, then the article a date takes in its language, then the day.
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’-]*(?:\s(?:(?:de|del|da|do|am|an|sur|upon|la|es)\s)?\p{Lu}[\p{L}.'’-]*){0,2}\s+(?=(?:den|le|el|a|am)\s+\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceBeforeArticle();

    [GeneratedRegex(@"(?:^|,\s*)\d{1,2}\s+(?:muharram|safar|rabi\w*(?:\s+al-?\s*(?:awwal|thani|akhir))?|jumad\w*(?:\s+al-?\s*(?:ula|awwal|thani|akhira|akhir))?|rajab|shaban|ramad[ha]n|shawwal|dh?u\s*-?\s*(?:a?l-?\s*)?(?:qi?ad?a|hijj?a)h?)\s+1[3-5]\d{2}(?:\s*(?:ah|a\.h\.|h))?$", RegexOptions.CultureInvariant)]
    private static partial Regex HijriDate();
}
