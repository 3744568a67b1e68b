using System.Collections.Frozen;

namespace Archive.SiteGen.Import;

/// <summary>
/// Words that make a line an organization's name rather than a person's or a city's ("Network", "Institute",
/// "Réseau"). Only a hint for telling lines apart; organizations are matched by core's matcher, never by this.
/// </summary>
internal static class OrganizationWords
{
    public static bool AnyIn(string text) =>
        text.Split([' ', '-', '–', '(', ')', ',', '/', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Any(word => Words.Contains(word.ToLowerInvariant()));

    private static readonly FrozenSet<string> Words = new[]
    {
        "association", "associations", "network", "networks", "institute", "institution", "centre", "center", "coalition",
        "movement", "forum", "society", "group", "watch", "international", "trust", "foundation", "church", "churches",
        "aid", "alliance", "union", "committee", "council", "organization", "organisation", "organizations",
        "organisations", "federation", "campaign", "project", "initiative", "initiatives", "service", "services", "league",
        "action", "fund", "agency", "programme", "program", "partnership", "commission", "conference", "secretariat",
        "solidarity", "rights", "peace", "law", "women", "youth", "development", "research", "studies", "advocacy",
        "clinic", "collective", "club", "consortium", "ngo", "ngos", "ong", "society", "office", "mission", "ministry",
        "university", "college", "school", "academy", "press", "media", "radio", "party", "bureau", "agenda",
        "fondation", "fundación", "fundacion", "asociación", "asociacion", "réseau", "reseau", "red", "comité", "comite",
        "centro", "coordinadora", "observatorio", "observatoire", "ligue", "liga", "mouvement", "movimiento",
        "collectif", "colectivo", "instituto", "institut", "groupe", "grupo", "conseil", "consejo", "fédération",
        "federación", "action", "acción", "droits", "derechos", "paix", "paz", "femmes", "mujeres", "jeunes",
        // A university in any language is a body, never a city: "…, Ruhr-Universität Bochum, Deutschland".
        "universität", "universitat", "université", "universite", "universidad", "universidade", "università", "universita",
        "universiteit", "universitet", "hochschule", "zentrum", "stiftung", "verein", "netzwerk", "gesellschaft", "kirche",
        "stichting", "vereniging", "centrum",
        // A church in any language: "Église de Suède" reads like a person's name with a particle.
        "église", "eglise", "églises", "iglesia", "iglesias", "igreja", "igrejas", "chiesa", "chiese", "kerk", "kerken", "kyrka",
        "kyrkan", "kirke", "kirken", "kirkens", "kirkon", "kościół",
        // The Catholic relief network's members carry its name: "Cáritas Brasileira – Regional Norte 2" is no person.
        "caritas", "cáritas",
        // A commission in any language: "Justiça e Paz – Comissão Nacional" is a body's unit, never a city after a dash.
        "comissão", "comissao", "comisión", "comision", "commissione", "kommission", "commissie",
        // A national section or chapter of a body: "WILPF (WILPF) – Deutsche Sektion, Deutschland" is no town after a dash.
        "section", "sektion", "sección", "seccion", "secção", "seção", "sezione", "chapter", "branch", "afdeling", "avdeling",
        // Indonesian and Malay, and Filipino: "Dewan Gereja Papua" (council of churches) reads like a person's name.
        "dewan", "gereja", "lembaga", "yayasan", "perkumpulan", "kelompok", "komisi", "jaringan", "koalisi", "sekretariat",
        "persatuan", "aliansi", "perhimpunan", "ikatan", "majelis", "samahan", "kilusan", "alyansa",
    }.ToFrozenSet(StringComparer.Ordinal);
}
