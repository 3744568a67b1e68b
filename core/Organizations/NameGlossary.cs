using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Archive.Core.Organizations;

/// <summary>
/// The vocabulary organizations' names are made of, in the languages coalition letters are written in (French,
/// Spanish, Portuguese, Italian, German, Dutch, Norwegian, Danish, Swedish, Indonesian), with its English words, so that a name printed in one language
/// can be compared with a name filed in another: "Asociación Mundial de Defensores de Derechos Humanos" reads "world
/// association human rights defenders", the words of the "World Association of Human Rights Defenders". It holds only
/// the words that say what kind of body an organization is and what it works on (centre, union, lawyers, human
/// rights, the responsibility to protect) and demonyms, never names of their own: "Asociación Colombiana de
/// Defensores de Derechos Humanos" keeps a word the World Association lacks, and a name or a place stays as printed.
/// A word may have two English words ("mondial" is "world" or "global"). Pure data and a lookup.
/// </summary>
public static partial class NameGlossary
{
    /// <summary>
    /// A name read in English: each word that tells it apart (small words left out) as the English words it may be,
    /// and whether any was read from another language ("R2P" counts: it is "responsibility to protect").
    /// </summary>
    public sealed record Reading(IReadOnlyList<IReadOnlyList<string>> Words, bool Translated)
    {
        /// <summary>The reading as text, each word with its alternatives joined by '/': "centre world/global responsibility protect".</summary>
        public override string ToString() => string.Join(' ', Words.Select(w => string.Join('/', w)));
    }

    /// <summary>Reads a printed name in English, phrase by phrase (the longest phrase the glossary knows first).</summary>
    public static Reading Read(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // "droits de l'homme", "d'Atrocidades": an elided article is a word of its own, not part of the next one.
        var words = OrganizationNameForm.Words(Elision().Replace(name, "$1 ")).Where(w => !IsSmallWord(w)).ToList();
        var read = new List<IReadOnlyList<string>>();
        var translated = false;
        for (var i = 0; i < words.Count;)
        {
            var found = false;
            for (var length = Math.Min(MaxPhrase, words.Count - i); length >= 2 && !found; length--)
            {
                if (CountryNameByPhrase.GetValueOrDefault(string.Join(' ', words.Skip(i).Take(length))) is { } country)
                {
                    // "United Kingdom", "Regno Unito", "Reino Unido": a country's name of several words is one word of
                    // the reading, its English name, so that it is the "UK" of another name.
                    read.Add([country]);
                    translated |= string.Join(' ', words.Skip(i).Take(length)) != country;
                    i += length;
                    found = true;
                }
            }

            for (var length = Math.Min(MaxPhrase, words.Count - i); length >= 1 && !found; length--)
            {
                if (Entries.GetValueOrDefault(string.Join(' ', words.Skip(i).Take(length))) is { } english)
                {
                    read.AddRange(english);
                    translated = true;
                    i += length;
                    found = true;
                }
            }

            if (!found)
            {
                // "Co-operation" is "cooperation": a prefix a hyphen set apart is one word with the next.
                if (words[i] == "co" && i + 1 < words.Count)
                {
                    read.Add([words[i] + words[i + 1]]);
                    i += 2;
                    continue;
                }

                if (Compound(words[i]) is { } parts)
                {
                    read.AddRange(parts);
                    translated = true;
                    i++;
                    continue;
                }

                read.Add([words[i]]);
                i++;
            }
        }

        return new Reading(read, translated);
    }

    /// <summary>
    /// A compound of two words the glossary knows, as German and the Scandinavian languages write them ("Frauenrat" is
    /// "Frauen" and "Rat", "Fredsråd" is "Freds" and "Råd"), read as its two words; a linking "s" or "e" may end the first
    /// ("Friedensrat"). Each part has three letters or more, so no English word is taken apart by chance. Null when it is none.
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<string>>? Compound(string word)
    {
        for (var split = MinPart; split <= word.Length - MinPart; split++)
        {
            var (head, tail) = (word[..split], word[split..]);
            var first = Entries.GetValueOrDefault(head) ?? (head.Length > MinPart && head[^1] is 's' or 'e' ? Entries.GetValueOrDefault(head[..^1]) : null);
            if (first is not null && Entries.GetValueOrDefault(tail) is { } second)
            {
                return [.. first, .. second];
            }
        }

        return null;
    }

    private const int MinPart = 3;

    /// <summary>
    /// Whether the glossary knows a word, in any of its languages or in the English it reads them as ("forum", "red",
    /// "network"): a word many bodies' names share, where a word it does not know ("Oxfam") is as good as a proper name.
    /// </summary>
    public static bool Knows(string word) =>
        Entries.ContainsKey(word) || EnglishWords.Contains(word) || Compound(word) is not null;

    /// <summary>A small word of any of the glossary's languages (articles, prepositions, "and"), which is no part of a reading.</summary>
    public static bool IsSmallWord(string word) => NameVariant.IsSmallWord(word) || SmallWords.Contains(word);

    private const int MaxPhrase = 4;

    [GeneratedRegex(@"\b([ldjmnst]|qu)['’](?=\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Elision();

    // Small words of Portuguese, Italian, German, the Scandinavian languages and Indonesian ("untuk", "bagi": "for"), beside
    // NameVariant's (English, French, Spanish). Indonesian "dan" ("and") is left out: "Dan Church Aid" is a name.
    private static readonly FrozenSet<string> SmallWords = new[]
    {
        "o", "os", "as", "ao", "aos", "em", "no", "na", "nos", "nas", "num", "numa", "pela", "pelo", "pelas", "pelos", "com", "um",
        "uma", "au", "aux", "sur", "avec", "al", "con", "il", "di", "dei", "della", "delle", "per", "og", "och", "av", "til", "till",
        "fur", "die", "der", "des", "den", "dem", "und", "von", "zur", "zum", "voor", "het", "van", "tot", "een", "ter",
        "untuk", "bagi",
        // "Centro Global sobre la Responsabilidad de Proteger": Spanish and Portuguese "on", as French "sur".
        "sobre",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Each entry: the printed words (folded, small words left out) and the English words they are; "a|b" when either.
    private static readonly (string Printed, string English)[] Table =
    [
        // Phrases, read before their words.
        ("droits homme", "human rights"), ("droits humains", "human rights"), ("droits personne", "human rights"),
        ("derechos humanos", "human rights"), ("direitos humanos", "human rights"), ("diritti umani", "human rights"),
        ("menneskerettigheter", "human rights"), ("manskliga rattigheter", "human rights"),
        ("cour penale internationale", "international criminal court"), ("corte penal internacional", "international criminal court"),
        ("tribunal penal internacional", "international criminal court"), ("corte penale internazionale", "international criminal court"),
        ("responsabilite proteger", "responsibility protect"), ("responsabilidad proteger", "responsibility protect"),
        ("responsabilidade proteger", "responsibility protect"), ("responsabilita proteggere", "responsibility protect"),
        ("r2p", "responsibility protect"), ("rtop", "responsibility protect"),
        ("maintien paix", "peacekeeping"), ("mantenimiento paz", "peacekeeping"), ("manutencao paz", "peacekeeping"),
        ("consolidation paix", "peacebuilding"), ("construction paix", "peacebuilding"), ("consolidacion paz", "peacebuilding"),
        ("construccion paz", "peacebuilding"), ("construcao paz", "peacebuilding"),
        ("nations unies", "united nations"), ("naciones unidas", "united nations"), ("nacoes unidas", "united nations"),
        ("nazioni unite", "united nations"), ("forente nasjoner", "united nations"), ("forenta nationerna", "united nations"),
        ("societe civile", "civil society"), ("sociedad civil", "civil society"), ("sociedade civil", "civil society"),
        ("societa civile", "civil society"),
        ("sans frontieres", "without borders"), ("sin fronteras", "without borders"), ("sem fronteiras", "without borders"),
        // "Avocats canadiens pour les droits de la personne dans le monde": "in the world" is how French names say
        // "international".
        ("dans monde", "international|world"),
        ("conflits armes", "armed conflict"), ("politicas publicas", "public policy"), ("politiques publiques", "public policy"),
        ("medio ambiente", "environment"), ("meio ambiente", "environment"),
        ("vereinten nationen", "united nations"), ("menschenrechte", "human rights"), ("schutzverantwortung", "responsibility protect"),
        ("weltverband", "world federation"), ("kirchenhilfe", "church aid"), ("friedenskonsolidierung", "peacebuilding"),

        // Words.
        ("centro", "centre"), ("zentrum", "centre"),
        ("pacifico", "pacific"), ("pacifique", "pacific"), ("pazifik", "pacific"), ("asie", "asia"), ("asien", "asia"),
        ("coalicion", "coalition"), ("coalizao", "coalition"), ("coligacao", "coalition"), ("coalizione", "coalition"),
        ("uniao", "union"), ("unione", "union"), ("alianza", "alliance"), ("alianca", "alliance"),
        ("avocats", "lawyers"), ("avocat", "lawyer"), ("abogados", "lawyers"), ("abogado", "lawyer"), ("advogados", "lawyers"),
        ("advogado", "lawyer"), ("avvocati", "lawyers"), ("juristes", "jurists"), ("juristas", "jurists"),
        ("internationale", "international"), ("internationales", "international"), ("internacional", "international"),
        ("internacionales", "international"), ("internacionais", "international"), ("internazionale", "international"),
        ("internationaux", "international"), ("internazionali", "international"), ("internationalen", "international"),
        ("internasjonal", "international"), ("internationell", "international"), ("internationella", "international"),
        ("mondial", "world|global"), ("mondiale", "world|global"), ("mondiaux", "world|global"), ("mundial", "world|global"),
        ("mundiales", "world|global"), ("mundiais", "world|global"), ("globale", "global"), ("globales", "global"), ("globais", "global"),
        ("iniciativa", "initiative"), ("iniziativa", "initiative"), ("iniciativas", "initiatives"), ("iniziative", "initiatives"),
        ("dialogo", "dialogue"), ("dialog", "dialogue"),
        ("droits", "rights"), ("derechos", "rights"), ("direitos", "rights"), ("diritti", "rights"), ("rettigheter", "rights"),
        ("rattigheter", "rights"), ("droit", "law|right"), ("derecho", "law|right"), ("direito", "law|right"),
        ("refugies", "refugees"), ("refugie", "refugee"), ("refugiados", "refugees"), ("refugiado", "refugee"), ("rifugiati", "refugees"),
        ("flyktninger", "refugees"), ("flyktingar", "refugees"),
        ("federacion", "federation"), ("federacao", "federation"), ("federazione", "federation"),
        ("asociaciones", "associations"), ("associacoes", "associations"), ("associazioni", "associations"),
        ("asociacion", "association"), ("associacao", "association"), ("associazione", "association"), ("forening", "association"),
        ("conseil", "council"), ("consejo", "council"), ("conselho", "council"), ("consiglio", "council"),
        ("cooperacion", "cooperation"), ("cooperacao", "cooperation"), ("cooperazione", "cooperation"),
        ("reseau", "network"), ("red", "network"), ("rede", "network"), ("rete", "network"), ("nettverk", "network"), ("natverk", "network"),
        ("developpement", "development"), ("desarrollo", "development"), ("desenvolvimento", "development"), ("sviluppo", "development"),
        ("femmes", "women"), ("femme", "women"), ("mujeres", "women"), ("mujer", "women"), ("mulheres", "women"), ("mulher", "women"),
        ("donne", "women"), ("kvinner", "women"), ("kvinnor", "women"),
        ("comunicacion", "communication"), ("comunicaciones", "communications"), ("comunicacao", "communication"),
        ("comunicacoes", "communications"),
        ("institut", "institute"), ("instituto", "institute"), ("istituto", "institute"), ("institutt", "institute"),
        ("politique", "policy|political|politics"), ("politica", "policy|political|politics"), ("politicas", "policy|political|politics"),
        ("mouvement", "movement"), ("movimiento", "movement"), ("movimento", "movement"), ("rorelse", "movement"),
        ("federaliste", "federalist"), ("federalista", "federalist"),
        ("partenariat", "partnership"), ("parceria", "partnership"), ("partenariato", "partnership"),
        ("prevencion", "prevention"), ("prevencao", "prevention"), ("prevenzione", "prevention"),
        ("conflit", "conflict"), ("conflits", "conflicts"), ("conflicto", "conflict"), ("conflictos", "conflicts"),
        ("conflito", "conflict"), ("conflitos", "conflicts"), ("conflitti", "conflicts"),
        ("armados", "armed"), ("armadas", "armed"), ("armati", "armed"),
        ("paix", "peace"), ("paz", "peace"), ("pace", "peace"),
        ("permanente", "permanent"), ("permanentes", "permanent"),
        ("citoyens", "citizens"), ("citoyennes", "citizens"), ("ciudadanos", "citizens"), ("ciudadanas", "citizens"),
        ("cidadaos", "citizens"), ("cidadas", "citizens"), ("cittadini", "citizens"),
        ("soluciones", "solutions"), ("solucoes", "solutions"), ("soluzioni", "solutions"),
        ("justicia", "justice"), ("justica", "justice"), ("giustizia", "justice"),
        // Alone, "responsabilité" is a body's responsibility or its accountability ("Coalition pour la justice et la
        // responsabilité" is the Coalition for Justice and Accountability).
        ("responsabilite", "responsibility|accountability"), ("responsabilidad", "responsibility|accountability"),
        ("responsabilidade", "responsibility|accountability"), ("responsabilizacao", "accountability"),
        ("redevabilite", "accountability"),
        ("groupe", "group"), ("grupo", "group"), ("gruppo", "group"), ("crise", "crisis"), ("crisi", "crisis"),
        ("lei", "law"), ("austral", "southern"), ("fleuve", "river"), ("rio", "river"), ("litigio", "litigation"), ("servico", "service"), ("servicio", "service"),
        ("luterano", "lutheran"), ("luterana", "lutheran"), ("guerra", "war"), ("prevenir", "prevent"),
        ("norueguesa", "norwegian"), ("noruegues", "norwegian"), ("dinamarquesa", "danish"), ("dinamarques", "danish"),
        ("eglise", "church"), ("iglesia", "church"), ("igreja", "church"), ("chiesa", "church"), ("kirke", "church"),
        ("kirken", "church"), ("kirkens", "church"), ("kyrka", "church"), ("kyrkan", "church"), ("kyrkans", "church"),
        ("aide", "aid"), ("ayuda", "aid"), ("ajuda", "aid"), ("aiuto", "aid"), ("hjelp", "aid"), ("hjalp", "aid"),
        ("formation", "training"), ("formacion", "training"), ("formacao", "training"), ("capacitacion", "training"),
        ("etudes", "studies"), ("estudios", "studies"), ("estudos", "studies"), ("studi", "studies"),
        ("recherche", "research"), ("recherches", "research"), ("investigacion", "research"), ("investigaciones", "research"),
        ("pesquisa", "research"), ("pesquisas", "research"), ("ricerca", "research"),
        ("economique", "economic"), ("economiques", "economic"), ("economica", "economic"), ("economicas", "economic"),
        ("economico", "economic"), ("economicos", "economic"),
        ("sociale", "social"), ("sociaux", "social"), ("sociales", "social"), ("sociais", "social"),
        ("regionale", "regional"), ("regionales", "regional"), ("regionais", "regional"), ("regionaux", "regional"),
        ("coordinacion", "coordination"), ("coordenacao", "coordination"), ("coordinadora", "coordination|coordinating"),
        ("coordenadora", "coordination|coordinating"),
        ("nationale", "national"), ("nationales", "national"), ("nacional", "national"), ("nacionales", "national"),
        ("nacionais", "national"), ("nazionale", "national"), ("nasjonal", "national"),
        ("fondation", "foundation"), ("fundacion", "foundation"), ("fundacao", "foundation"), ("fondazione", "foundation"),
        ("stiftelse", "foundation"),
        ("comision", "commission"), ("comissao", "commission"), ("commissione", "commission"),
        ("comite", "committee"), ("comitato", "committee"),
        ("ligue", "league"), ("liga", "league"), ("lega", "league"),
        ("observatoire", "observatory"), ("observatorio", "observatory"),
        ("foro", "forum"), ("plateforme", "platform"), ("plataforma", "platform"),
        ("accion", "action"), ("acao", "action"), ("azione", "action"),
        ("solidarite", "solidarity"), ("solidaridad", "solidarity"), ("solidariedade", "solidarity"), ("solidarieta", "solidarity"),
        ("democratie", "democracy"), ("democracia", "democracy"), ("democrazia", "democracy"),
        ("liberte", "freedom|liberty"), ("libertes", "freedoms|liberties"), ("libertad", "freedom|liberty"),
        ("libertades", "freedoms|liberties"), ("liberdade", "freedom|liberty"), ("liberdades", "freedoms|liberties"),
        ("jeunes", "youth|young"), ("jeunesse", "youth"), ("jovenes", "youth|young"), ("juventud", "youth"), ("jovens", "youth|young"),
        ("juventude", "youth"), ("enfants", "children"), ("ninos", "children"), ("ninas", "children"), ("criancas", "children"),
        ("juridique", "legal"), ("juridico", "legal"), ("juridica", "legal"), ("educacion", "education"), ("educacao", "education"),
        ("populaire", "popular"), ("publico", "public"), ("publica", "public"), ("publicos", "public"), ("publicas", "public"),
        ("sante", "health"), ("salud", "health"), ("saude", "health"), ("environnement", "environment"),
        ("victimes", "victims"), ("victimas", "victims"), ("vitimas", "victims"),
        ("defenseurs", "defenders"), ("defensores", "defenders"), ("defensa", "defence"), ("defesa", "defence"),
        ("proteccion", "protection"), ("protecao", "protection"), ("protezione", "protection"),
        ("securite", "security"), ("seguridad", "security"), ("seguranca", "security"), ("sicurezza", "security"),
        ("genocidio", "genocide"), ("atrocites", "atrocities"), ("atrocidades", "atrocities"), ("atrocita", "atrocities"),
        ("universite", "university"), ("universidad", "university"), ("universidade", "university"), ("universita", "university"),
        ("afrique", "africa"), ("frontieres", "borders"), ("fronteras", "borders"), ("fronteiras", "borders"),
        // The points of the compass ("Afrique de l'Ouest" is "West Africa", "África Oriental" "East Africa"); not the
        // Spanish "sur" (French "on") nor "este" ("this").
        ("ouest", "west"), ("occidental", "west|western"), ("occidentale", "west|western"), ("oeste", "west"),
        ("oriental", "east|eastern"), ("orientale", "east|eastern"), ("leste", "east"), ("nord", "north"), ("norte", "north"),
        ("sud", "south"), ("sul", "south"), ("centrale", "central"), ("australe", "southern"),

        // Demonyms: a translated name keeps them, in English, so that one of another country still differs.
        ("africain", "african"), ("africaine", "african"), ("africains", "african"), ("africaines", "african"), ("africana", "african"),
        ("africano", "african"), ("africanas", "african"), ("africanos", "african"),
        ("panafricain", "pan african"), ("panafricaine", "pan african"), ("panafricana", "pan african"), ("panafricano", "pan african"),
        ("canadien", "canadian"), ("canadiens", "canadian"), ("canadienses", "canadian"), ("canadenses", "canadian"), ("canadienne", "canadian"), ("canadiense", "canadian"), ("canadense", "canadian"),
        ("americain", "american"), ("americaine", "american"), ("americana", "american"), ("americano", "american"),
        ("europeen", "european"), ("europeenne", "european"), ("europea", "european"), ("europeo", "european"), ("europeu", "european"),
        ("latinoamericana", "latin american"), ("latinoamericano", "latin american"), ("asiatique", "asian"), ("arabe", "arab"),
        ("suedois", "swedish"), ("suedoise", "swedish"), ("sueca", "swedish"), ("sueco", "swedish"), ("svenska", "swedish"), ("svenske", "swedish"),
        ("norvegien", "norwegian"), ("norvegienne", "norwegian"), ("noruega", "norwegian"), ("noruego", "norwegian"), ("norsk", "norwegian"),
        ("norske", "norwegian"), ("norwegische", "norwegian"), ("norwegischer", "norwegian"), ("schwedische", "swedish"),
        ("schwedischer", "swedish"), ("afrikanische", "african"), ("afrikanischer", "african"), ("europaische", "european"),
        ("svedese", "swedish"), ("danese", "danish"), ("norvegese", "norwegian"), ("finlandese", "finnish"), ("canadese", "canadian"),
        ("britannico", "british"), ("britannica", "british"), ("tedesco", "german"), ("tedesca", "german"), ("olandese", "dutch"),
        ("danes", "danish"), ("danesa", "danish"), ("finlandes", "finnish"), ("finlandesa", "finnish"), ("danois", "danish"),
        ("danoise", "danish"), ("finlandais", "finnish"), ("finlandaise", "finnish"), ("britanique", "british"),

        // German and Italian words, and an English abbreviation letters print ("Int'l").
        ("koalition", "coalition"), ("gesellschaft", "association|society"), ("gesellschaften", "associations|societies"),
        ("kirche", "church"), ("netzwerk", "network"), ("bewegung", "movement"), ("stiftung", "foundation"),
        ("vereinigung", "association"), ("verband", "federation|association"), ("frieden", "peace"), ("rechte", "rights"),
        ("collegio", "college"), ("europa", "europe"), ("intl", "international"),
        ("hilfe", "aid"), ("nothilfe", "aid|relief"), ("entwicklung", "development"), ("rat", "council"), ("komitee", "committee"),
        ("ausschuss", "committee"), ("bundnis", "alliance"), ("gerechtigkeit", "justice"), ("frauen", "women"), ("kinder", "children"),
        ("jugend", "youth"), ("fluchtlinge", "refugees"), ("welt", "world"), ("friedens", "peace"), ("konflikt", "conflict"),
        ("konflikte", "conflicts|conflict"), ("konflikten", "conflicts|conflict"), ("partnerschaft", "partnership"), ("verhutung", "prevention"),
        ("bewaffneter", "armed"), ("bewaffnete", "armed"), ("bewaffneten", "armed"), ("forschung", "research"), ("friedensforschung", "peace research"),
        ("konfliktforschung", "conflict research"), ("internationaler", "international"),
        ("evangelische", "evangelical"), ("evangelischer", "evangelical"), ("katholische", "catholic"), ("aktion", "action"),
        ("juristen", "jurists"), ("demokratie", "democracy"), ("deutsche", "german"), ("deutscher", "german"), ("deutsches", "german"),
        ("danische", "danish"), ("finnische", "finnish"),

        // Norwegian, Danish and Swedish words (folded: "ø" is "o", "æ" is "ae", "å" and "ä" are "a").
        ("menneskerettigheder", "human rights"), ("manniskorattigheter", "human rights"), ("nodhjelp", "aid|relief"),
        ("nodhjaelp", "aid|relief"), ("nodhjalp", "aid|relief"), ("hjaelp", "aid"), ("senter", "centre"), ("senteret", "centre"),
        ("centrum", "centre"), ("centret", "centre"), ("rad", "council"), ("radet", "council"), ("foreningen", "association"),
        ("forbund", "federation|union|association"), ("forbundet", "federation|union|association"), ("fred", "peace"), ("freds", "peace"), ("kvinder", "women"),
        ("kvinners", "women"), ("kvinnors", "women"), ("flyktning", "refugee"), ("flygtninge", "refugees"), ("stiftelsen", "foundation"),
        ("institutet", "institute"), ("instituttet", "institute"), ("internasjonale", "international"), ("internationalt", "international"),
        ("nasjonale", "national"), ("nationell", "national"), ("nationella", "national"), ("utvikling", "development"),
        ("udvikling", "development"), ("utveckling", "development"), ("demokrati", "democracy"), ("bevegelse", "movement"),
        ("bevaegelse", "movement"), ("nettverket", "network"), ("netvaerk", "network"), ("natverket", "network"),
        ("kommitte", "committee"), ("komiteen", "committee"), ("rettferdighet", "justice"), ("retfaerdighed", "justice"),
        ("rattvisa", "justice"), ("ungdom", "youth"), ("verdens", "world"),
        ("varldens", "world"), ("dansk", "danish"), ("danske", "danish"), ("svensk", "swedish"), ("finsk", "finnish"),
        ("kirkelig", "church"), ("kyrkor", "churches"), ("kirker", "churches"), ("fn", "united nations"),

        // Dutch words.
        ("mensenrechten", "human rights"), ("verenigde naties", "united nations"), ("kerk", "church"), ("hulp", "aid"),
        ("globaal", "global"), ("mondiaal", "global|world"), ("wereldwijd", "global|worldwide"), ("wereld", "world"),
        ("internationaal", "international"), ("nationaal", "national"),
        ("verantwoordelijkheid", "responsibility"), ("bescherming", "protection|protect"), ("beschermen", "protect"),
        ("initiatief", "initiative"), ("vluchtelingen", "refugees"), ("rechten", "rights"), ("partnerschap", "partnership"),
        ("preventie", "prevention"), ("gewapende", "armed"), ("conflicten", "conflicts"), ("vereniging", "association"),
        ("stichting", "foundation"), ("netwerk", "network"), ("beweging", "movement"), ("instituut", "institute"),
        ("beleid", "policy"), ("vrede", "peace"), ("vrouwen", "women"), ("raad", "council"), ("ontwikkeling", "development"),
        ("noorse", "norwegian"), ("zweedse", "swedish"), ("deense", "danish"), ("nederlandse", "dutch"), ("afrikaanse", "african"),
        ("federalistische", "federalist"),

        // Indonesian words ("Pusat Global untuk Tanggung Jawab Melindungi" is the Global Centre for the Responsibility to
        // Protect); the adjective follows its noun, as in French. "Afrika" is left out: Swahili spells it so too, and a
        // Swahili name the glossary does not read links by the acronym it keeps in every language.
        ("hak asasi manusia", "human rights"), ("tanggung jawab melindungi", "responsibility protect"), ("kelompok kerja", "working group"),
        ("masyarakat sipil", "civil society"), ("koalisi", "coalition"), ("solidaritas", "solidarity"), ("jaringan", "network"),
        ("pusat", "centre"), ("perkumpulan", "association"), ("asosiasi", "association"), ("yayasan", "foundation"),
        ("lembaga", "institute|institution"), ("aliansi", "alliance"), ("komisi", "commission"), ("komite", "committee"),
        ("dewan", "council"), ("gerakan", "movement"), ("kelompok", "group"), ("perdamaian", "peace"), ("keadilan", "justice"),
        ("hukum", "law"), ("bantuan", "aid"), ("pengungsi", "refugees"), ("perempuan", "women"), ("pemuda", "youth"),
        ("internasional", "international"), ("nasional", "national"), ("kajian", "studies"), ("penelitian", "research"),
        ("keamanan", "security"), ("demokrasi", "democracy"), ("pembangunan", "development"), ("korban", "victims"),
        ("kebebasan", "freedom"), ("alternatif", "alternative"), ("pasifik", "pacific"),
    ];

    /// <summary>
    /// The country an English demonym of a reading names ("swedish" is Sweden), as the country table knows it, or null:
    /// "Swedish Church" and "Church of Sweden" say the same, and "Norwegian" in a name filed under Norway is its own country.
    /// </summary>
    public static string? CountryOfDemonym(string word) => CountryNameByDemonym.GetValueOrDefault(word);

    /// <summary>
    /// The country a word names, as its English name in the country table: a demonym (<see cref="CountryOfDemonym"/>),
    /// or a name of one word in any language the table knows ("suecia", "suécia" and "schweden" are "sweden"), or null.
    /// "Iglesia de Suecia" is the "Church of Sweden".
    /// </summary>
    public static string? CountryOfWord(string word) => CountryNameByDemonym.GetValueOrDefault(word) ?? CountryNameByOneWordName.GetValueOrDefault(word);

    // Read from the country table once: the matcher asks for every pair of words it compares.
    private static readonly FrozenDictionary<string, string> CountryNameByDemonym = Countries.CountryTable.Demonyms
        .ToFrozenDictionary(demonym => demonym.Key, demonym => Countries.CountryTable.NormalizeName(demonym.Country.Name), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> CountryNameByOneWordName = Countries.CountryTable.All
        .SelectMany(country => country.Aliases.Prepend(country.Name).Select(name => (Key: Countries.CountryTable.NormalizeName(name), Country: Countries.CountryTable.NormalizeName(country.Name))))
        .Where(name => !name.Key.Contains(' ', StringComparison.Ordinal))
        .DistinctBy(name => name.Key)
        .ToFrozenDictionary(name => name.Key, name => name.Country, StringComparer.Ordinal);

    // The names of several words, in every language the table knows, as the reading's words print them: "regno unito"
    // is "united kingdom", "africa sul" (África do Sul) "south africa".
    private static readonly FrozenDictionary<string, string> CountryNameByPhrase = Countries.CountryTable.All
        .SelectMany(country => country.Aliases.Prepend(country.Name).Select(name => (
            Key: string.Join(' ', OrganizationNameForm.Words(name).Where(w => !IsSmallWord(w))),
            Country: Countries.CountryTable.NormalizeName(country.Name))))
        .Where(name => name.Key.Contains(' ', StringComparison.Ordinal) && name.Key.Split(' ').Length <= MaxPhrase)
        .DistinctBy(name => name.Key)
        .ToFrozenDictionary(name => name.Key, name => name.Country, StringComparer.Ordinal);

    private static readonly FrozenSet<string> EnglishWords = Table
        .SelectMany(entry => entry.English.Split(' ', '|'))
        .ToFrozenSet(StringComparer.Ordinal);

    // A word read as one English word keeps its printed form as well: "red" is Spanish for "network", and English "red".
    private static readonly FrozenDictionary<string, IReadOnlyList<IReadOnlyList<string>>> Entries = Table.ToFrozenDictionary(
        entry => entry.Printed,
        entry => entry.English.Split(' ') is [var one] && !entry.Printed.Contains(' ', StringComparison.Ordinal)
            ? (IReadOnlyList<IReadOnlyList<string>>)[[.. one.Split('|'), entry.Printed]]
            : [.. entry.English.Split(' ').Select(word => (IReadOnlyList<string>)word.Split('|'))],
        StringComparer.Ordinal);
}
