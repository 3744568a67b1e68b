using System.Text;
using System.Text.RegularExpressions;
using Archive.Core.Organizations;

namespace Archive.SiteGen.Import;

/// <summary>
/// Reads one line of a signatory list into the organizations it names, in every shape letters use:
/// "Name (Country)", "Name, Country", "Name – City, Country", "Name [Country]", "Name (ACRONYM), Country",
/// "Name (ACRONYM) Country", several countries ("Uganda and USA"), a region ("South Asia"), a country that ends
/// the name ("World Federalist Movement - Canada", "Oxfam-Australia": the name is kept whole and the country
/// taken), and several organizations on one line separated by semicolons or commas.
/// </summary>
internal static partial class SignatoryLine
{
    /// <summary>The organizations a line names (after its list marker), each with its printed places.</summary>
    public static IReadOnlyList<PrintedSignatory> Read(string text, int line)
    {
        var item = Clean(text);
        if (item.Length == 0)
        {
            return [];
        }

        var bySemicolon = SplitTopLevel(item, ';');
        if (bySemicolon.Count > 1)
        {
            // Run in as a sentence ("…; the Nordic Peace Institute (Norway); and the Andean Commission of Jurists"): the
            // sentence's article and its last "and" are not part of the names.
            return [.. bySemicolon.Select(part => RunInWords().Replace(Clean(part), "")).Where(part => part.Length > 0).Select(part => One(part, line))];
        }

        if (PlaceAfterDash().Match(item) is { Success: true } dashed && !PlaceAfterDash().IsMatch(dashed.Groups["name"].Value)
            && (Places.TryRead(dashed.Groups["place"].Value) is not null || CityThenPlaces(dashed.Groups["place"].Value) is { Places.Countries.Count: > 0 }))
        {
            // "Candlelight for Environment, Education and Health — Hargeisa, Somaliland": the place is printed after a
            // spaced dash at the line's end, so the commas before the dash are the name's.
            return [One(item, line)];
        }

        // "Sengwer Indigenous Peoples Programme, Kapsowar, Kenya — indigenous rights": what an entry works on, printed
        // after its places, does not make the commas before it a list's; nor does its members' count ("… – 400,000
        // members").
        var groups = CommaGroups(TopicAfterDash().Match(item) is { Success: true } topic ? topic.Groups["name"].Value
            : MemberCount().Match(item) is { Success: true } counted ? counted.Groups["name"].Value : item);
        var isList = groups.Count >= 3 || (groups.Count == 2 && groups.All(g => g.HasPlace));
        return isList ? [.. groups.Select(g => One(g.Text, line))] : [One(item, line)];
    }

    /// <summary>
    /// A list run in as a sentence ("A (Kenya), B (HURIFO) (Uganda), C and D (both UK) and E (USA)."): the items
    /// between commas, an "and" before the last one taken off, and an item naming two organizations that share a
    /// place ("Justice Africa and Waging Peace (both UK)") read as two with that place.
    /// </summary>
    public static IReadOnlyList<PrintedSignatory> ReadRunIn(string text, int line)
    {
        if (SplitTopLevel(text, ';').Count > 1)
        {
            return Read(text, line);
        }

        var result = new List<PrintedSignatory>();
        foreach (var (group, _) in CommaGroups(text.Trim().TrimEnd('.', ';')))
        {
            var item = RunInWords().Replace(group.Trim(), "");
            if (SharedPlace().Match(item) is { Success: true } shared && Places.TryRead(shared.Groups["place"].Value) is { } both)
            {
                var names = shared.Groups["names"].Value;
                var and = LastAnd().Match(names);
                result.AddRange(new[] { names[..and.Index], names[(and.Index + and.Length)..] }.Select(name => One(name, line) with { Places = both }));
                continue;
            }

            // "Southern Africa Litigation Centre (South Africa) and Africa Litigation and Justice Centre": an "and"
            // after a closed bracket parts two items; one inside a name ("… Litigation and Justice …") does not.
            var rest = item;
            while (AndAfterBracket().Match(rest) is { Success: true } after)
            {
                result.Add(One(rest[..(after.Index + 1)], line));
                rest = rest[(after.Index + after.Length)..].Trim();
            }

            result.Add(One(rest, line));
        }

        return result;
    }

    /// <summary>True when the line starts with a list marker: "1.", "2)", "a)", "-", "•", "*".</summary>
    public static bool StartsWithListMarker(string text) => ListMarker().IsMatch(text.Trim());

    /// <summary>
    /// "Asia Pacific Solidarity Coalition (Regional)", "… (Observer)", "… — regional": an entry that ends with a mark of
    /// its scope or standing, printed where a place would be. It is whole, not the first half of a name wrapped.
    /// </summary>
    public static bool EndsWithMark(string text) => Clean(text) is var cleaned && (StatusMark().IsMatch(cleaned) || RegionalScope().IsMatch(cleaned));

    /// <summary>
    /// The line without its list marker ("1.", "2)", "a)", "-", "•", "*") and trailing punctuation, and without the
    /// "and" a list written as one sentence puts after its last but one item ("…, Rwanda; and", "…, Kenya, and").
    /// </summary>
    public static string Clean(string text) =>
        WithoutEndPunctuation(OrganizationSignedFor(FootnoteMark().Replace(ListMarker().Replace(LogoAltText().Replace(SignatureMark().Replace(ConjunctionAtEnd().Replace(text.Trim(), ""), ""), "${name}"), ""), "").Trim()));

    // "Pour la Coalition pour la liberté de la presse dans les Grands Lacs (CLPGL)," over its coordinator's name, "For
    // the Euro-African Migrants' Rights Network (EAMRN), Brussels:": the organization a person signs for, which signs,
    // when the line shows it is one by a bracket after its name (its acronym, its country). Without one, "For the
    // Steering Committee:" is a label and "Pour la Commission Épiscopale Justice et Paix," a closing, read as before.
    private static string OrganizationSignedFor(string text) =>
        SignsFor().Match(text) is { Success: true } signsFor && signsFor.Groups["name"].Value.Contains('(', StringComparison.Ordinal) ? signsFor.Groups["name"].Value : text;

    // "Sea-Watch e.V.", "Espacio Público, A.C.", "Droits Humains Sans Frontières a.s.b.l.": a name that ends in the
    // abbreviation of its legal form keeps the abbreviation's last dot; a list's full stop or comma goes.
    private static string WithoutEndPunctuation(string text)
    {
        var trimmed = text.TrimEnd('.', ',', ';').Trim();
        return text.EndsWith('.') && LegalFormAtEnd().IsMatch(trimmed + ".") ? trimmed + "." : trimmed;
    }

    /// <summary>One organization: strips the places printed after the name, keeping a country that is part of it.</summary>
    public static PrintedSignatory One(string text, int line)
    {
        var name = text.Trim();
        var places = PrintedPlaces.None;
        var afterComma = false;
        var notes = new List<string>();
        string? printedCity = null;
        var endsWithItsAcronym = false;
        if (NetworkMember().Match(name) is { Success: true } member)
        {
            // "Caritas Internationalis member: Caritas Uganda": the member signs; the network it belongs to does not.
            notes.Add($"left out '{member.Groups["network"].Value}', the network it is a member of");
            name = member.Groups["name"].Value.Trim();
        }

        if (HistoryInBrackets().Match(name) is { Success: true } history)
        {
            // "… — Juba, South Sudan (est. 2015; 40 member organisations)": when it was founded, after its places; no
            // part of the name it signs with. A former name ("(formerly the Canadian Council for International
            // Co-operation)") stays: lists and their readers keep it as part of how the body names itself now.
            notes.Add($"left out '({history.Groups["note"].Value})'");
            name = history.Groups["name"].Value;
        }

        while (true)
        {
            if (places.Countries.Count > 0 && TrailingBracket().Match(name) is { Success: true } again && Places.TryRead(again.Groups["place"].Value) is { } same
                && same.Countries.SequenceEqual(places.Countries))
            {
                // "SUDO (UK) (United Kingdom)": the country read once more, in another form, is part of the name.
                break;
            }

            if (TrailingBracket().Match(name) is { Success: true } acronymInBrackets && SpellsTheName(acronymInBrackets))
            {
                // "Danish Refugee Council (DRC)": letters that spell the name before them are its acronym, though the
                // Congo goes by them too; the places a line prints come after it.
                endsWithItsAcronym = true;
                break;
            }

            if (TrailingBracket().Match(name) is { Success: true } ofKind && KindThenPlace().Match(ofKind.Groups["place"].Value) is { Success: true } kind)
            {
                // "(national NGO, DRC)", "(INGO, Kampala, Uganda)", "(faith-based, Sweden)", "(INGO, DRC country office)": a
                // humanitarian list prints the kind of each organization, then where it works; the kind is left out,
                // and what follows it is read as any bracket is ("(INGO, country office)" leaves no place).
                notes.Add($"left out '{kind.Groups["kind"].Value.Trim()}', the kind of organization");
                var place = kind.Groups["place"].Value.Trim();
                name = place.Length > 0 ? $"{ofKind.Groups["name"].Value} ({place})" : ofKind.Groups["name"].Value;
                continue;
            }

            // "(CIP)" in brackets is an acronym, even one that is some country's alpha-3 code.
            if (TrailingBracket().Match(name) is { Success: true } bracket && !Places.IsAlpha3(bracket.Groups["place"].Value) && Places.TryRead(bracket.Groups["place"].Value) is { } inBrackets)
            {
                (name, places) = (bracket.Groups["name"].Value, inBrackets.Plus(places));
            }
            else if (TrailingBracket().Match(name) is { Success: true } coded && Places.TryReadAlpha2(coded.Groups["place"].Value, coded.Groups["name"].Value) is { } codes)
            {
                // "Refugee Law Project (UG)", "… Initiative (UG, US)": country codes in brackets.
                (name, places) = (coded.Groups["name"].Value, codes.Plus(places));
            }
            else if (TrailingBracket().Match(name) is { Success: true } national && Places.TryReadNationality(national.Groups["place"].Value) is { } nationality)
            {
                // "Diakonia (Swedish)", "International Refugee Rights Initiative (Ugandan/American)": its nationality,
                // printed for its country; "(Congolese)" says no more than that it is of one of two countries.
                notes.AddRange(nationality.Any ? [] : [$"left out '{national.Groups["place"].Value}', a nationality two countries share"]);
                (name, places) = (national.Groups["name"].Value, nationality.Plus(places));
            }
            else if (TrailingBracket().Match(name) is { Success: true } cityCountry && CityThenPlaces(cityCountry.Groups["place"].Value) is { Places.Countries.Count: > 0 } afterCity)
            {
                // "Oxfam Italia (Arezzo, Italia)": in brackets, a word that reads as a city before a country is its city,
                // even one the list of cities lacks; it is left out.
                notes.Add($"left out the city '{afterCity.City}'");
                (name, places) = (cityCountry.Groups["name"].Value, afterCity.Places.Plus(places));
            }
            else if (TrailingBracket().Match(name) is { Success: true } city && (IsKnownCities(city.Groups["place"].Value) || IsCityAndState(city.Groups["place"].Value)))
            {
                // "Human Rights Law Centre (Melbourne)", "Instituto Pro Bono (Porto Alegre/RS)", "… (Ginevra / New
                // York)": a city (with its state), or two, left out; its country is given later if the line prints
                // none (CityCountries).
                notes.Add($"left out the city '{city.Groups["place"].Value}'");
                (name, printedCity) = (city.Groups["name"].Value, city.Groups["place"].Value);
            }
            else if (TrailingBracket().Match(name) is { Success: true } officeBracket && OfficeOfACity().Match(officeBracket.Groups["place"].Value.Trim()) is { Success: true } cityOffice
                && KnownCities.Contains(cityOffice.Groups["city"].Value))
            {
                // "Human Rights Watch — Belgium (Brussels office)", "(bureau de Genève)": the office it signs from, in a
                // city the archive knows; where it is, not part of its name.
                notes.Add($"left out the office '{officeBracket.Groups["place"].Value.Trim()}'");
                (name, printedCity) = (officeBracket.Groups["name"].Value, printedCity ?? cityOffice.Groups["city"].Value);
            }
            else if (CityAfterBracket().Match(name) is { Success: true } seat && KnownCities.Contains(seat.Groups["city"].Value))
            {
                // "Pan African Lawyers Union (PALU) Arusha": a city the archive knows after the acronym, with no comma,
                // is the seat; other words there go on with the name ("(SKPKC) Fransiskan Papua").
                notes.Add($"left out the city '{seat.Groups["city"].Value}'");
                (name, printedCity) = (seat.Groups["name"].Value, seat.Groups["city"].Value);
            }
            else if (TwoSeats().Match(name) is { Success: true } bilingual && bilingual.Groups["sep"].Value != ","
                && (InTwoScripts(bilingual.Groups["first"].Value, bilingual.Groups["second"].Value) ?? InTwoLanguages(bilingual.Groups["first"].Value, bilingual.Groups["second"].Value)) is { } latinHalf
                && (Places.TryRead(latinHalf) is not null || IsCityName(latinHalf)))
            {
                // "… (Syria Civil Defence) – إدلب / Idlib", "… – Amman / عمّان", "… – دولي / International", "… – Tunis /
                // تونس", "… – Москва / Moscow": a bilingual list prints the place in both its scripts after a spaced
                // dash, or in both its languages ("— Germany & Switzerland / Germaniya i Shveitsariya"). The half in Latin
                // letters, or the one the archive reads, says which place (a country or region, else a city, whose
                // country is given later); the other half is the same place and is left out with it.
                var place = bilingual.Groups["place"].Value.Trim();
                if (Places.TryRead(latinHalf) is { } read)
                {
                    places = read.Plus(places);
                    notes.Add($"read the place '{place}' printed in two scripts");
                }
                else
                {
                    notes.Add($"left out the city '{place}', printed in two scripts");
                    printedCity = latinHalf;
                }

                name = bilingual.Groups["name"].Value;
            }
            else if (TwoSeats().Match(name) is { Success: true } seats && IsKnownCities(seats.Groups["place"].Value))
            {
                // "Rawadari, Kabul/Genf", "… (AJAR) – Díli / Jacarta", "…, Jakarta and Dili": two cities the archive
                // knows after a comma or a dash, the two seats of one body.
                notes.Add($"left out the cities '{seats.Groups["place"].Value}'");
                (name, printedCity) = (seats.Groups["name"].Value, seats.Groups["place"].Value);
            }
            else if (CityAndStateAfterName().Match(name) is { Success: true } cityState && KnownCities.CityAndState(cityState.Groups["place"].Value) is { } read
                && IsCityName(read.City) && (KnownCities.Contains(read.City) || read.Country is not null))
            {
                // "Chicagoland Coalition for Darfur, Chicago, IL", "Genocide Watch, McLean, VA", "…, Salvador/BA", "… –
                // Dourados/MS": a city and its state's code after the name, as American and Brazilian lists print the seat.
                notes.Add($"left out the city '{cityState.Groups["place"].Value}'");
                (name, printedCity) = (cityState.Groups["name"].Value, cityState.Groups["place"].Value);
                if (cityState.Groups["comma"].Success && LocalityAfterDash().Match(name) is { Success: true } locality)
                {
                    // "Coletivo Ribeirinhas das Ilhas de Belém – Ilha do Combu, Belém/PA": the island, village or
                    // neighbourhood it works in, called so, after a dash and before its city; no part of its name. A
                    // unit of the body is ("Sisters of Mercy of the Americas – Justice Team, Silver Spring, MD",
                    // "Cáritas Brasileira – Regional Norte 2, Belém/PA").
                    notes.Add($"left out the locality '{locality.Groups["locality"].Value}'");
                    name = locality.Groups["name"].Value;
                }
            }
            else if (CityAndStateNameAfterDash().Match(name) is { Success: true } cityAndState && KnownCities.Contains(cityAndState.Groups["city"].Value)
                && cityAndState.Groups["state"].Value.Split(' ').All(word => Places.TryRead(word) is null) && !OrganizationWords.AnyIn(cityAndState.Groups["state"].Value))
            {
                // "Coordenadoria Ecumênica de Serviço (CESE) – Salvador, Bahia", "… – Winnipeg, Manitoba", "Héritiers de
                // la Justice – Bukavu (Sud-Kivu)": a known city after a dash, with its state or province written out; the
                // city gives the country.
                notes.Add($"left out the city '{cityAndState.Groups["place"].Value}'");
                (name, printedCity) = (cityAndState.Groups["name"].Value, cityAndState.Groups["city"].Value);
            }
            else if (CityAndDivisionAfterComma().Match(name) is { Success: true } cityAndDivision && KnownCities.CountryOfDivision(cityAndDivision.Groups["division"].Value) is not null
                && IsCityName(cityAndDivision.Groups["city"].Value) && !OrganizationWords.AnyIn(cityAndDivision.Groups["city"].Value))
            {
                // "Project Ploughshares, Waterloo, Ontario", "Islamic Relief Canada, Burlington, Ontario": a town the archive
                // does not know, then a province or state it does; the province gives the country.
                notes.Add($"left out the city '{cityAndDivision.Groups["place"].Value}'");
                (name, printedCity) = (cityAndDivision.Groups["name"].Value, cityAndDivision.Groups["place"].Value);
            }
            else if (UniversityAndCityAfterDash().Match(name) is { Success: true } university && KnownCities.Contains(university.Groups["city"].Value))
            {
                // "Centre for Peace Studies – University of Otago, Dunedin": the university a centre sits in and its city,
                // printed after a dash as its address; the city gives the country. (After a comma and without a city,
                // "Centre for Human Rights, University of Pretoria", the university is part of the name.)
                notes.Add($"left out the university and city '{university.Groups["place"].Value}'");
                (name, printedCity) = (university.Groups["name"].Value, university.Groups["city"].Value);
            }
            else if (places.Countries.Count == 0 && CountryOfficeAfterDash().Match(name) is { Success: true } office && Places.TryRead(office.Groups["place"].Value) is { } officeCountry)
            {
                // "Norwegian Church Aid — Somalia Country Office": an international organization's office in the country
                // signs; the country is its place, and the organization is the one it is an office of. With its place
                // printed apart ("Oxfam International – South Sudan Country Office (South Sudan)") the office is its name.
                notes.Add($"left out '{office.Groups["office"].Value}'");
                (name, places) = (office.Groups["name"].Value, officeCountry.Plus(places));
            }
            else if (RegionAfterDash().Match(name) is { Success: true } region && Places.TryRead(region.Groups["region"].Value) is null && !Places.NamesARegion(region.Groups["region"].Value))
            {
                // "Kurdistan Human Rights Watch – Kurdistan Region, Iraq", "… – Province du Sud-Kivu": a region of a
                // country, named so, after a dash; where the organization is, not its name, and no country of its own.
                notes.Add($"left out the region '{region.Groups["region"].Value}'");
                name = region.Groups["name"].Value;
            }
            else if (TrailingComma().Match(name) is { Success: true } comma && Places.TryRead(comma.Groups["place"].Value) is { } afterCommaPlaces)
            {
                (name, places, afterComma) = (comma.Groups["name"].Value, afterCommaPlaces.Plus(places), true);
            }
            else if (afterComma && TrailingComma().Match(name) is { Success: true } twoSeats && SeatBeforeAnother(twoSeats.Groups["place"].Value, places) is var (firstSeat, secondSeat))
            {
                // "…, Ottawa, Canada and Mizoram, India": two seats, each with its place, joined by "and"; the one after
                // "and" is a state or city of the country read after it, and is left out.
                notes.Add($"left out '{secondSeat}', its second seat");
                (name, places) = (twoSeats.Groups["name"].Value, firstSeat.Plus(places));
            }
            else if (AfterBracket().Match(name) is { Success: true } after && Places.TryRead(after.Groups["place"].Value) is { } afterBracket)
            {
                (name, places) = (after.Groups["name"].Value, afterBracket.Plus(places));
            }
            else if (AcronymAfterPlace().Match(name) is { Success: true } acronym && Places.TryRead(acronym.Groups["place"].Value) is { } beforeAcronym)
            {
                // "Human Rights Network, Uganda (HURINET)": the acronym belongs with the name, not the country.
                (name, places) = (acronym.Groups["name"].Value.Trim() + " " + acronym.Groups["acronym"].Value, beforeAcronym.Plus(places));
            }
            else if (MemberCount().Match(name) is { Success: true } members)
            {
                // "… (International) – 12 million members", "… – 50 member organisations": how many it speaks for,
                // after its places; no part of its name.
                notes.Add($"left out its members' count '{members.Groups["count"].Value}'");
                name = members.Groups["name"].Value;
            }
            else if (StatusMark().Match(name) is { Success: true } status)
            {
                // "West Africa Civil Society Forum (Observer)", "… Network (in formation)": how the organization
                // stands in the list, not part of its name; it still signs.
                notes.Add($"left out the mark '{status.Groups["mark"].Value}'");
                name = status.Groups["name"].Value;
            }
            else if (TopicAfterDash().Match(name) is { Success: true } topic && topic.Groups["name"].Value.IndexOfAny([',', ')']) > 0)
            {
                // "Katiba Institute, Nairobi, Kenya — constitutional rights": what it works on, in small letters after a
                // dash at the end of an entry that prints its places; no part of its name.
                notes.Add($"left out what it works on, '{topic.Groups["topic"].Value}'");
                name = topic.Groups["name"].Value;
            }
            else if (PanScope().Match(name) is { Success: true } pan)
            {
                // "Africa Land Defenders Network (ALDN), pan-African": it works across a continent; no one place.
                notes.Add($"left out the scope '{pan.Groups["scope"].Value}'");
                name = pan.Groups["name"].Value;
            }
            else if (RegionalScope().Match(name) is { Success: true } scope)
            {
                // "Horn of Africa Civil Society Forum — regional", "Koalisi … – jaringan regional" (a regional network):
                // what kind of body it is, in small letters after a dash; no place, and no part of its name.
                notes.Add($"left out the description '{scope.Groups["phrase"].Value}'");
                name = scope.Groups["name"].Value;
            }
            else if (SignsForMembers().Match(name) is { Success: true } forMembers)
            {
                // "Rete ATT Italia – Roma (a nome di 23 organizzazioni aderenti)", "ANCEFA — Senegal (on behalf of 38
                // national education coalitions)": how many it signs for, none of them named; no part of its name.
                notes.Add($"left out '{forMembers.Groups["mark"].Value}', the members it signs for");
                name = forMembers.Groups["name"].Value;
            }
            else if (MembershipMark().Match(name) is { Success: true } membership)
            {
                // "Ligue Iteka (membre de la FIDH)", "Kenya Human Rights Commission (member of the ICJ network)": a
                // network it belongs to, not part of its name; the network does not sign.
                notes.Add($"left out '{membership.Groups["mark"].Value}', a network it is a member of");
                name = membership.Groups["name"].Value;
            }
            else if (Description(name) is { } described)
            {
                // "…, a Sudanese organisation in Switzerland", "… (based in Nairobi, Kenya)", "…, UK-based": where it
                // is, said in words; the words are not part of its name.
                (name, places) = (described.Name, described.Places.Plus(places));
                printedCity ??= described.City;
                notes.Add($"left out '{described.Phrase}'");
            }
            else if (Appositive().Match(name) is { Success: true } appositive)
            {
                // "Peace Bridges, the peacebuilding programme of …": a description after the name, in lower case after
                // its article, says what it is; it is not part of its name.
                notes.Add($"left out '{appositive.Groups["phrase"].Value}'");
                name = appositive.Groups["name"].Value;
            }
            else
            {
                break;
            }

            name = name.Trim();
        }

        // "…, Washington, DC, United States", "Refugee Law Project – Kampala, Uganda": the city (or two) before the
        // country is left out; after a dash only a known city is, since a name may end so ("… – Ditshwanelo"), or a town
        // after a name that ends with its acronym ("… (IID) – Ciudad de Davao, Filipinas"): the name is complete there.
        // Without a country, only a known city is left out: "Mouvement Ivoirien des Droits Humains (MIDH), Abidjan",
        // "Kituo Cha Sheria – Nairobi".
        // A known city is the whole place: what comes before it is the name ("Caritas Développement, Diocèse de Goma,
        // Goma, RDC"), unless it is a known city as well; a district the archive does not know ("Goma, North Kivu")
        // may have its city before it, and after a dash a city and its state ("— Muscatine, Iowa, United States").
        var knownCity = false;
        for (var cities = 0; cities < 2 && City().Match(name) is { Success: true } city && (IsCity(city.Groups["city"].Value) || KnownCities.Contains(city.Groups["city"].Value))
            && (!city.Groups["city"].Value.Any(char.IsDigit) || KnownCities.Contains(city.Groups["city"].Value))
            && (afterComma ? (city.Groups["separator"].Value == "," && !knownCity) || KnownCities.Contains(city.Groups["city"].Value) || (cities == 1 && city.Groups["separator"].Value != ",")
                    || (cities == 0 && EndsWithAcronym(city.Groups["name"].Value))
                : KnownCities.Contains(city.Groups["city"].Value) || (cities == 0 && city.Groups["separator"].Value == "," && EndsWithAcronym(city.Groups["name"].Value))); cities++)
        {
            notes.Add($"left out the city '{city.Groups["city"].Value}'");
            knownCity = KnownCities.Contains(city.Groups["city"].Value);
            // "…, Goma, Nord-Kivu": of the two cut, the city whose country the archive knows (else the last cut).
            printedCity = printedCity is { } later && KnownCities.CountryOf(later) is not null ? later : city.Groups["city"].Value;
            name = city.Groups["name"].Value.Trim();
        }

        if (places.Any && PlaceRun.CitiesAfter(name, places) is { } cityRun)
        {
            // "Aegis Trust, Newark (Royaume-Uni)": a city the list of cities lacks, under the country the line prints.
            notes.Add($"left out the city or province '{cityRun.LeftOut}'");
            name = cityRun.Name;
        }

        if (!places.Any && !endsWithItsAcronym && PlaceRun.TryRead(name) is { } around)
        {
            // "Justice Plus (Bunia, Ituri – RDC)", "Kigali (Rwanda) : Ligue …": cities, provinces and a country around
            // the name, in an order and with separators the shapes above do not read.
            notes.AddRange(around.LeftOut.Length > 0 ? [$"left out the city or province '{around.LeftOut}'"] : []);
            (name, places) = (around.Name, around.Places);
        }

        Archive.Core.Countries.CountryCode? fromName = null;
        var baseName = Archive.Core.Organizations.PrintedOrganizationName.Parse(name).Base;
        if ((DashedEnd().Match(baseName) is { Success: true } dashed && Places.TryCountry(dashed.Groups["country"].Value, out var code))
            || EndsWithCountry(name, out code)
            || (places.Countries.Count == 0 && (StartsWithCountry(baseName, out code) || CountryInside(name, out code) || UnitOfCountry(baseName, out code) || HeadBeforeUnit(baseName, out code))))
        {
            // "World Federalist Movement - Canada", "Oxfam-Australia", "Burma Campaign UK": the country is part of the
            // printed name, and still its country, when the line prints none. A name that starts with a country printed
            // with another one ("Zimbabwe Exiles Forum (United Kingdom)") is about the first and in the second, and so is
            // one that ends with it ("Radio Dabanga Sudan (Netherlands)").
            fromName = places.Countries.Count > 0 ? null : code;
            places = places.Countries.Count > 0 ? places : places.Plus(new PrintedPlaces([code], []));
        }

        return new PrintedSignatory(name.TrimEnd(',', ';', '-', '–', ' '), places, line, notes.Count > 0 ? string.Join("; ", notes) : null) { Text = text.Trim(), FromName = fromName, City = printedCity };
    }

    // "Rawadari, Kabul/Genf", "… – Díli / Jacarta": two seats after a comma or a dash; and "… – إدلب / Idlib", "… – Amman
    // / عمّان": after a dash, one place printed in two scripts (InTwoScripts says whether the halves' scripts differ).
    [GeneratedRegex(@"^(?<name>.*[^\s,])\s*(?<sep>,|\s[-–—])\s*(?<place>(?<first>[^,()\[\]/–—]+?)(?:/|\s+(?:and|&|et|y|dan|und)\s+)(?<second>[^,()\[\]/–—]+))$", RegexOptions.CultureInvariant)]
    private static partial Regex TwoSeats();

    /// <summary>
    /// The half in Latin letters of two that are written in different scripts ("إدلب" and "Idlib", "Москва" and
    /// "Moscow"), or null: both in Latin letters ("Kabul/Genf", two seats), both in another script, or a half of more
    /// than four words, which is no place's name.
    /// </summary>
    private static string? InTwoLanguages(string first, string second)
    {
        // "Germany & Switzerland / Germaniya i Shveitsariya", "United Kingdom / Velikobritaniya": places the archive
        // reads, then as many words it does not read in another language's letters (a translation or a
        // transliteration). A city or a name after the slash is no translation.
        var (a, b) = (first.Trim(), second.Trim());
        return Places.TryRead(a) is not null && Places.TryRead(b) is null && !IsKnownCities(b) && !OrganizationWords.AnyIn(b)
            && b.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => char.IsUpper(word[0]) || PlaceConjunction().IsMatch(word))
            && PlaceConjunction().Split(a).Length == PlaceConjunction().Split(b).Length
            ? a : null;
    }

    // The words that join two places, in the lists' languages ("Jakarta dan Dili", "Canada and Mizoram").
    private const string PlaceConjunctionWords = "and|&|et|y|e|i|и|und|en|dan|na";

    // The word that joins two places in a list of them, in the languages letters print them in.
    [GeneratedRegex(@"(?<=\s|^)(?:" + PlaceConjunctionWords + @")(?=\s|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlaceConjunction();

    private static string? InTwoScripts(string first, string second)
    {
        static bool Latin(char c) => char.IsLetter(c) && c <= '\u024F';
        static bool OtherScript(string half) => half.Any(char.IsLetter) && !half.Any(Latin);
        var (a, b) = (first.Trim(), second.Trim());
        if (new[] { a, b }.Any(half => half.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 4))
        {
            return null;
        }

        return OtherScript(a) && b.Any(Latin) && !OtherScript(b) ? b
            : OtherScript(b) && a.Any(Latin) && !OtherScript(a) ? a
            : null;
    }

    [GeneratedRegex(@"^(?<name>.*\S\s*\([^()]+\))\s+(?<city>\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex CityAfterBracket();

    // "Equipo de Reflexión, Investigación y Comunicación (ERIC-SJ), El Progreso": a name ends with its acronym in
    // brackets, so a town after it is its seat, known to the archive or not.
    private static bool EndsWithAcronym(string name) =>
        name.TrimEnd().EndsWith(')') && Archive.Core.Organizations.PrintedOrganizationName.Parse(name).Acronym is not null;

    /// <summary>"Arezzo, Italia", "Nairobi, East Africa": a city, a comma, and the places after it.</summary>
    public static (string City, PrintedPlaces Places)? CityThenPlaces(string text) =>
        text.LastIndexOf(',') is var comma and > 0 && Places.TryRead(text[(comma + 1)..]) is { } places && IsCityName(text[..comma])
            ? (text[..comma].Trim(), places)
            : null;

    /// <summary>A name that reads like a city ("Nairobi", "Buenos Aires", "Dar es Salaam"): capitalized words that are no country, region or organization.</summary>
    public static bool IsCityName(string text) => KnownCities.Contains(text) || (BareCity().IsMatch(text.Trim()) && IsCity(text.Trim()));

    // "Takoma Park" then "MD", "Jackson" then "MS": a city, then the code of a state whose country that reads
    // (<see cref="KnownCities.CityAndState"/>).
    private static bool IsStateOf(string city, string state) => KnownCities.CityAndState($"{city}, {state}") is { Country: not null } read && IsCityName(read.City);

    // "Melbourne", "Ginevra / New York": one known city, or two.
    private static bool IsKnownCities(string text) => KnownCities.Seats(text) is { Length: <= 2 } cities && cities.All(KnownCities.Contains);

    // "Porto Alegre/RS", "Belém – PA", "Oakland, CA": a city and the code of its state; "PA" is not Panama, nor "CA" Canada.
    private static bool IsCityAndState(string text) => KnownCities.CityAndState(text) is { } cityAndState && IsCityName(cityAndState.City);

    // "Syria Campaign, The (UK)", "Stanley Foundation, The": an article moved to the end of a name, as lists sorted
    // by name print it, is no city; it stays with the name. "Syria Civil Defence (The White Helmets)": nor is a name
    // in brackets that starts with the English article, the name a body is popularly known by (an English city's name
    // does not start so; "The Hague" is among the cities the archive knows).
    // "FEMNET" in "… – FEMNET, Nairobi, Kenya": a word in capitals the archive knows as no city is an acronym.
    // "Democracia y Desarrollo" after a comma: words joined by "y" that the archive knows as no town end the series of a
    // name ("Plataforma Colombiana de Derechos Humanos, Democracia y Desarrollo").
    private static bool IsCity(string text) =>
        text.Any(char.IsLower) && !text.Contains(" y ", StringComparison.Ordinal) && !Places.TryCountry(text, out _) && !Places.IsRegion(text) && !OrganizationWords.AnyIn(text)
        && !Archive.Core.Organizations.NameVariant.IsSmallWord(text.Trim().ToLowerInvariant()) && !text.TrimStart().StartsWith("The ", StringComparison.Ordinal);

    /// <summary>
    /// A name that ends with a country in capitals, not after a word that makes the country its subject ("Friends of
    /// Syria", "Campaign for Peace in Congo"): "Human Rights Focus Nepal", "Amnesty International USA", "Oxfam Canada".
    /// </summary>
    private static bool EndsWithCountry(string name, out Archive.Core.Countries.CountryCode code)
    {
        // "Amnesty International Canada (English Branch)": a qualifier in brackets after the country is not the end;
        // "… Kenya Section (ICJ Kenya)" ends with its country inside them.
        // "Brigadas Internacionales de Paz (PBI) – Proyecto Honduras": words after the acronym are the name's too.
        var printed = Archive.Core.Organizations.PrintedOrganizationName.Parse(name).Base;
        return EndsWithCountryWord(printed, out code) || EndsWithCountryWord(Qualifier().Replace(printed, ""), out code)
            || (!name.TrimEnd().EndsWith(')') && EndsWithCountryWord(name, out code));
    }

    private static bool EndsWithCountryWord(string name, out Archive.Core.Countries.CountryCode code)
    {
        code = default;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var length = Math.Min(5, words.Length - 1); length >= 1; length--)
        {
            var country = words[^length..];
            if (!IsCountryWords(country))
            {
                continue;
            }

            // "United Nations Association of the USA", "Refugee Council of the UK": after "of", the article says
            // nothing ("Campaign for the Congo" is about it, and a sentence's "… in the Netherlands." says where).
            var at = words.Length - length - 1;
            at = words[at] == "the" && at > 0 && words[at - 1] == "of" ? at - 1 : at;
            var before = words[at];
            var friendsOf = before is "of" or "de" or "del" or "du" or "des" && at > 0 && FriendsOf().IsMatch(words[at - 1]);
            if (!SubjectWords.Contains(before.ToLowerInvariant()) && !friendsOf && !IsContinent(country, before) && Places.TryCountry(string.Join(' ', country), out code))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Methodist Church (U.K.), Joint Public Issues Team": a country in brackets inside the name, after the words it
    /// qualifies, says where that body is (the place printed after a name is read before this).
    /// </summary>
    private static bool CountryInside(string name, out Archive.Core.Countries.CountryCode code)
    {
        code = default;
        return InnerBracket().Match(name) is { Success: true } inner && Places.TryCountry(inner.Groups["country"].Value, out code);
    }

    /// <summary>
    /// A name that starts with a country and goes on with what the organization is: "Zimbabwe Lawyers for Human
    /// Rights", "South Sudan Law Society"; not "Burma Campaign UK" or "Palestine Solidarity Campaign", which are about it.
    /// </summary>
    private static bool StartsWithCountry(string name, out Archive.Core.Countries.CountryCode code)
    {
        code = default;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var length = Math.Min(3, words.Length - 2); length >= 1; length--)
        {
            var country = words[..length];
            var rest = string.Join(' ', words[length..]);
            if (country.All(w => char.IsUpper(w[0])) && !AboutWords().IsMatch(rest) && !ActionFor().IsMatch(rest) && Places.TryCountry(string.Join(' ', country), out code))
            {
                return true;
            }
        }

        return false;
    }

    // "United States of America", "Bosnia and Herzegovina", "Republic of the Congo": a country's name in capitals, with
    // the small words that join its parts.
    private static bool IsCountryWords(string[] words) =>
        char.IsUpper(words[0][0]) && char.IsUpper(words[^1][0]) && words.All(w => char.IsUpper(w[0]) || w is "of" or "and" or "the" or "de" or "do" or "da" or "du" or "des" or "del");

    // "Armenian Assembly of America", "… in America": after "of" or "in", America is as often the continent as the United
    // States, and "Latin America", "Central America" are parts of it; right after a name's own word ("Oxfam America",
    // "PEN America"), as "Oxfam Canada" names Canada, it is the country the United States call so.
    private static bool IsContinent(string[] words, string before) =>
        words is [var word] && (word.TrimEnd('.') is "Americas" or "Amérique" or "América"
            || (word.TrimEnd('.') == "America" && (before is "of" or "in" or "de" || PartOfAmerica().IsMatch(before))));

    /// <summary>
    /// "Internet Society Zambia Chapter", "Media Institute of Southern Africa – Zambia Chapter", "Mennonite Central
    /// Committee U.S. Washington Office", "Amnesty International – Sección Chile": a chapter, section, branch or office
    /// of a body, named by its country (and its city), is in that country.
    /// </summary>
    private static bool UnitOfCountry(string name, out Archive.Core.Countries.CountryCode code)
    {
        code = default;
        if (UnitAfterCountry().Match(name) is { Success: true } after)
        {
            // "… U.S. Washington Office": the office's city may stand between the country and the word.
            var rest = after.Groups["rest"].Value;
            var withoutCity = rest.LastIndexOf(' ') is var space and > 0 ? rest[..space] : rest;
            return EndsWithCountryWord(rest, out code) || EndsWithCountryWord(withoutCity, out code);
        }

        return UnitBeforeCountry().Match(name) is { Success: true } before && Places.TryCountry(before.Groups["country"].Value, out code);
    }

    /// <summary>
    /// "Uniting Church in Australia – UnitingWorld", "Ordem dos Advogados de Angola – Comissão de Direitos Humanos",
    /// "Anglican Church of Aotearoa, New Zealand and Polynesia – Social Justice Unit": a unit of a body after a dash; the
    /// body's name before it names the country, as it would alone. A name ending with a list of the places it serves
    /// ("… of Aotearoa, New Zealand and Polynesia") names its country with the first of them that is one.
    /// </summary>
    private static bool HeadBeforeUnit(string name, out Archive.Core.Countries.CountryCode code)
    {
        code = default;
        if (HeadAndUnit().Match(name) is not { Success: true } dashed)
        {
            return false;
        }

        var head = dashed.Groups["head"].Value;
        for (var parts = 0; parts < 3; parts++)
        {
            if (EndsWithCountryWord(head, out code) || StartsWithCountry(head, out code))
            {
                return true;
            }

            // "…, New Zealand and Polynesia": the last of the places is none the archive knows as a country; the one before may be.
            if (LastPlaceOfSeries().Match(head) is not { Success: true } series || Places.TryCountry(series.Groups["last"].Value, out _) || OrganizationWords.AnyIn(series.Groups["last"].Value))
            {
                return false;
            }

            head = series.Groups["first"].Value;
        }

        return false;
    }

    // "Campaign for Syria", "Friends of Sudan": what the organization works on. "… in Liberia", "… au Burundi", "Law
    // Society of Kenya", "United Nations Association of Nigeria", "Maison de la Presse du Niger", "Barreau des Comores"
    // say where it is, as "of" does ("Amis du Burundi" is about it, as "Friends of Sudan" is).
    private static readonly HashSet<string> SubjectWords = new(StringComparer.Ordinal)
    {
        "for", "on", "to", "about", "against", "with", "from", "and", "the", "pour", "sur", "para", "por", "la",
        "le", "el", "y", "et", "&",
    };

    /// <summary>A description of where an organization is, printed after its name, and the places it gives.</summary>
    private static (string Name, string Phrase, PrintedPlaces Places, string? City)? Description(string text)
    {
        if (Framework().Match(text) is { Success: true } framework && framework.Groups["name"].Value.Trim().Length > 0)
        {
            // "FIDH, dans le cadre de l'Observatoire pour la protection des défenseurs": how it signs, not who it is.
            return (framework.Groups["name"].Value.Trim(), framework.Groups["phrase"].Value.Trim(), PrintedPlaces.None, null);
        }

        foreach (var match in new[] { Described().Match(text), BasedIn().Match(text), OfficeIn().Match(text), PlaceBased().Match(text) })
        {
            if (!match.Success || match.Groups["name"].Value.Trim().Length == 0 || IsNameInCapitals(match))
            {
                continue;
            }

            var place = match.Groups["place"].Value.Trim().TrimEnd('.');
            var places = Places.TryRead(place)
                ?? Places.TryReadNationality(place)
                ?? CityThenPlaces(place)?.Places
                ?? (IsCityName(place) || CitySeparator().Split(place).All(KnownCities.Contains) ? PrintedPlaces.None : null);
            if (places is not null)
            {
                // "(based in Geneva)", "based in New York and Geneva": the cities, whose countries are given later.
                var cities = places.Any ? null : string.Join('/', CitySeparator().Split(place).Select(c => c.Trim()));
                return (match.Groups["name"].Value.Trim(), match.Groups["phrase"].Value.Trim(), places, cities);
            }
        }

        if (NationalDescribed().Match(text) is { Success: true } national && national.Groups["name"].Value.Trim().Length > 0
            && Places.TryReadNationality(national.Groups["place"].Value) is { } nationality)
        {
            // "Kituo cha Sheria – a Kenyan legal aid NGO", "…, South Sudanese network", "… (a British charity)": its
            // nationality and what kind of body it is, said in words.
            return (national.Groups["name"].Value.Trim(), national.Groups["phrase"].Value.Trim(), nationality, null);
        }

        return null;
    }

    // "UNA-Canada – United Nations Association in Canada": a kind of body in capitals, with no article and no
    // nationality before it, is the name of one ("… – an association in Canada", "…, Sudanese Organisation in
    // Switzerland" describe one).
    private static bool IsNameInCapitals(Match described) =>
        described.Groups["kind"] is { Success: true, Value: [var first, ..] } && char.IsUpper(first)
        && !described.Groups["article"].Success
        && Places.TryReadNationality(described.Groups["phrase"].Value.Split(' ')[0]) is null;

    /// <summary>Comma-separated parts, each place attached to the name before it.</summary>
    private static List<(string Text, bool HasPlace)> CommaGroups(string item)
    {
        var groups = new List<(string Text, bool HasPlace)>();
        var segments = NamesSpelledByTheirAcronym(SplitTopLevel(item, ',').Select(s => s.Trim()).Where(s => s.Length > 0).ToList());
        var inUnitsName = false;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (groups.Count > 0 && !groups[^1].HasPlace && (StartsASeries(groups[^1].Text, segment) || IsChurchOfUnit(groups[^1].Text, segment)))
            {
                // "Justice, Peace and Integrity of Creation Commission": one word of a name's series, before the rest of
                // the series up to its "and". "… Commission, Diocese of Chittagong": a unit, then the church it is of.
                groups[^1] = (groups[^1].Text + ", " + segment, HasPlaceInBrackets(segment));
                continue;
            }

            if (groups.Count > 0 && (IsUnitOfChurch(groups[^1].Text, segment) || inUnitsName))
            {
                // "Église du Christ au Congo, Commission Justice, Paix et Sauvegarde de la Création": a church's commission
                // or department after a comma is the church's, and its own name may be a series up to its "et", "and".
                groups[^1] = (groups[^1].Text + ", " + segment, groups[^1].HasPlace);
                inUnitsName = !inUnitsName ? segment.Split(' ').Length <= 3 : !SeriesEnd().IsMatch(segment) && segment.Split(' ').Length == 1;
                continue;
            }

            // "…, Takoma Park, MD": a city and its state's code are the place of the name before them.
            var cityAndState = groups.Count > 0 && ((i + 1 < segments.Count && IsStateOf(segment, segments[i + 1])) || (i > 0 && IsStateOf(segments[i - 1], segment)));
            var cityBeforePlace = (i + 1 < segments.Count && BareCity().IsMatch(segment) && IsCity(segment) && Places.TryRead(segments[i + 1]) is not null)
                || (groups.Count > 0 && KnownCities.Contains(segment)) || cityAndState;
            if (groups.Count > 0 && LastItemOfSeries().Match(segment) is { Success: true } last && groups[^1].Text.Split(' ').Length >= 2)
            {
                // "…, Uyghur Transitional Justice Database, and International Coalition for the Responsibility to Protect
                // (ICRtoP)": the "and" before the last of a list of names, when what follows is a name of its own; in
                // "Center for Peace, Justice, and Reconciliation" the parts are single words of one name.
                groups.Add((last.Groups["name"].Value, HasPlaceInBrackets(last.Groups["name"].Value)));
            }
            else if (groups.Count > 0 && char.IsLower(segment[0]))
            {
                // "Center for Peace, Justice, and Reconciliation": a part that starts in lower case continues a name.
                groups[^1] = (groups[^1].Text + ", " + segment, groups[^1].HasPlace);
            }
            else if (groups.Count > 0 && (Places.TryRead(segment) is not null || cityBeforePlace))
            {
                // "…, Uganda" is the place of the name before it; so is "…, Kampala, Uganda".
                groups[^1] = (groups[^1].Text + ", " + segment, !cityBeforePlace || groups[^1].HasPlace);
            }
            else
            {
                groups.Add((segment, HasPlaceInBrackets(segment)));
            }
        }

        return groups;
    }

    // "Église du Christ au Congo, Commission Justice…", "Diocese of Torit, Department of Peace": the body before is a
    // church, and the part after starts with the word for one of its units.
    private static bool IsUnitOfChurch(string before, string segment) =>
        ChurchBody().IsMatch(before) && !ChurchUnit().IsMatch(before) && ChurchUnit().IsMatch(segment);

    // "Justice" before "Peace and Integrity of Creation Commission": a word names share ("Oxfam" is no such word), alone
    // before a part that ends the series with its "and".
    private static bool StartsASeries(string before, string segment) =>
        before.Split(' ') is [var word] && char.IsUpper(word[0]) && NameGlossary.Knows(word.ToLowerInvariant()) && Places.TryRead(word) is null
        && char.IsUpper(segment[0]) && SeriesEnd().IsMatch(segment) && !LastItemOfSeries().IsMatch(segment);

    // "Justice, Peace and Integrity of Creation Commission, Diocese of Chittagong", "Commission Justice et Paix, Diocèse
    // de Goma": a church's unit, then the diocese or conference it is a unit of.
    private static bool IsChurchOfUnit(string before, string segment) =>
        (ChurchUnit().IsMatch(before) || UnitAtEnd().IsMatch(before)) && ChurchBodyFirst().IsMatch(segment);

    [GeneratedRegex(@"\b(?:" + ChurchUnitWords + @"|Office|Committee)$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitAtEnd();

    [GeneratedRegex(@"^(?:(?:Arch)?[Dd]iocese\s+of|(?:Archi)?[Dd]iocèse\s+d(?:e|u|es|['’])|(?:Ar[cq]u?i)?[Dd]iócesis\s+de|(?:Arci)?[Dd]iocesi\s+di|Diözese|Conference\s+of\s+(?:Major\s+)?(?:Religious|Catholic\s+Bishops)|Catholic\s+Bishops['’]?\s+Conference|Conférence\s+(?:des\s+)?(?:religieux|évêques))\b", RegexOptions.CultureInvariant)]
    private static partial Regex ChurchBodyFirst();

    [GeneratedRegex(@"\b(?:Church|Churches|Église|Eglise|Églises|Iglesia|Igreja|Chiesa|Kirche|Kerk|Diocese|Diocèse|Diócesis|Diocesi|Diözese|Archdiocese|Archidiocèse|Arquidiócesis|Arquidiocese|Arcidiocesi|Bishops'?\s+Conference|Conférence\s+[ée]piscopale|Conferencia\s+Episcopal|Conferência\s+Episcopal|Synod|Synode|Parish|Paroisse|Parroquia|Paróquia)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChurchBody();

    // The units of a church, in its languages: a commission, a department, a desk, a secretariat, a pastoral.
    private const string ChurchUnitWords = "Commission|Comisión|Comissão|Commissione|Kommission|Department|Département|Departamento|Dipartimento|Desk|Secretariat|Secrétariat|Secretariado|Pastoral";

    [GeneratedRegex(@"^(?:" + ChurchUnitWords + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex ChurchUnit();

    // "Paix et Sauvegarde de la Création", "Peace and Integrity of Creation": the last of a series, after its conjunction.
    [GeneratedRegex(@"\s(?:and|&|et|y|e|und|en|og|och)\s", RegexOptions.CultureInvariant)]
    private static partial Regex SeriesEnd();

    // "Sekretariat Keadilan, Perdamaian dan Keutuhan Ciptaan (SKPKC)": an acronym spells the words in capitals, whatever
    // the small words of the name's language ("dan", "and").
    // "KUDHEIHA" for "Kenya Union of Domestic, Hotels, Educational Institutions, Hospitals and Allied Workers": a long
    // acronym may leave out the last word, what the members are.
    private static bool SpellsAllButTheLastWord(string name, string letters) =>
        letters.Length >= 5 && OrganizationNameForm.Initials(name) is var initials && initials.Length == letters.Length + 1 && initials.StartsWith(letters, StringComparison.Ordinal);

    private static string InitialsOfCapitalizedWords(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => char.ToLowerInvariant(w[0])));

    /// <summary>
    /// "Justice, Development and Peace Commission (JDPC)", "Recherche, Action et Formation pour la Paix (RAFP)": a name
    /// with a comma inside it is one name when the acronym in brackets at its end spells the initials of the parts
    /// before the comma too, and not of its own part alone. Its parts are joined again before the line is read.
    /// </summary>
    private static List<string> NamesSpelledByTheirAcronym(List<string> segments)
    {
        for (var i = segments.Count - 1; i > 0; i--)
        {
            // "… Allied Workers (KUDHEIHA) (Kenya)": the acronym before the place printed after it.
            var segment = TrailingBracket().Match(segments[i]) is { Success: true } placed && Places.TryRead(placed.Groups["place"].Value) is not null ? placed.Groups["name"].Value : segments[i];
            if (PrintedOrganizationName.Parse(segment) is not { Acronym: { } acronym } last
                || SpelledLetters(acronym) is not { Length: >= 3 } letters
                || OrganizationNameForm.Initials(last.Base) == letters)
            {
                continue;
            }

            for (var first = i - 1; first >= Math.Max(0, i - 3); first--)
            {
                var name = string.Join(' ', segments[first..i]) + " " + last.Base;
                if (OrganizationNameForm.Initials(name) == letters || InitialsOfCapitalizedWords(name) == letters || SpellsAllButTheLastWord(name, letters))
                {
                    segments[first] = string.Join(", ", segments[first..(i + 1)]);
                    segments.RemoveRange(first + 1, i - first);
                    i = first;
                    break;
                }
            }
        }

        return segments;
    }

    // "Danish Refugee Council (DRC)": capitals in brackets that spell the initials of the name before them.
    private static bool SpellsTheName(Match bracket) => PrintedOrganizationName.SpellsInitialsOf(bracket.Groups["place"].Value, bracket.Groups["name"].Value);

    // "ERIC-SJ", "CEDHU-EC": an acronym with a short mark after its hyphen (the order, the country) spells the name with
    // the letters before the hyphen; any other acronym with all its letters.
    private static string SpelledLetters(string acronym)
    {
        var spelled = AcronymWithSuffix().Match(acronym) is { Success: true } suffixed ? suffixed.Groups["spelled"].Value : acronym;
        return string.Concat(spelled.Where(char.IsLetter)).ToLowerInvariant();
    }

    [GeneratedRegex(@"^(?<spelled>\p{Lu}{3,})-\p{Lu}{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymWithSuffix();

    // "and International Coalition for the Responsibility to Protect (ICRtoP)", "et Ligue des droits de l'homme": a
    // conjunction, then a capitalized name of three words or more, or one with its short name in brackets.
    [GeneratedRegex(@"^(?:and|&|et|y|e|und|en|og|och)\s+(?<name>\p{Lu}(?:\S+\s+\S+\s+\S+.*|.*\(\S+\)\.?))$", RegexOptions.CultureInvariant)]
    private static partial Regex LastItemOfSeries();

    // "Aegis Trust (UK)": a part that ends with its place in brackets.
    // "Canada and Mizoram" before ", India": a country, then "and" and a place of a country already read.
    private static (PrintedPlaces First, string Second)? SeatBeforeAnother(string segment, PrintedPlaces later) =>
        SeatConjunction().Match(segment.Trim()) is { Success: true } joined
        && (KnownCities.CountryOfDivision(joined.Groups["second"].Value) ?? KnownCities.CountryOf(joined.Groups["second"].Value)) is { } country && later.Countries.Contains(country)
        && Places.TryRead(joined.Groups["first"].Value) is { Countries.Count: > 0 } first
            ? (first, joined.Groups["second"].Value)
            : null;

    [GeneratedRegex(@"^(?<first>\S.*?)\s+(?:" + PlaceConjunctionWords + @")\s+(?<second>\p{Lu}\S*(?:\s\S+){0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex SeatConjunction();

    internal static bool HasPlaceInBrackets(string part) =>
        TrailingBracket().Match(part) is { Success: true } bracket && Places.TryRead(bracket.Groups["place"].Value) is not null;

    /// <summary>Splits at a separator outside brackets.</summary>
    internal static List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            depth += c is '(' or '[' ? 1 : c is ')' or ']' ? -1 : 0;
            // "400,000 members": a comma between figures groups thousands; it separates nothing.
            var inFigure = c == ',' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
            if (c == separator && depth <= 0 && !inFigure)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        parts.Add(current.ToString());
        return parts;
    }

    // "•Name" is a bullet, and so is "► Name"; "*Star* Network" and "-30-" are not: a dash or star must be followed by a space.
    // "13.Forum to Reinforce Civil Society": a number glued to a capital is a marker too. Word's second-level
    // bullet pasted as text is a small "o" before a capital ("o Refugee Law Project"). Small Roman numerals count
    // ("(xiv) Enough Project", "viii. Women and Law"). A sub-list's number carries its item's ("2.1 Diakonia" under "2."), but "11.11.11 – …" is a name,
    // and so is "11.11.11␣␣Belgium", a cell with a column gap after it.
    // "11. 11. Sudan Peace Forum": a shared document's own numbering, then the same number typed by the signer.
    [GeneratedRegex(@"^(?:(?<n>\d{1,3})[.)]\s+\k<n>[.)](?=\s)|[•·▪◦►▶■●○](?=\s|\p{L})|[-*–](?=\s)|o(?=\s\p{Lu})|\d{1,3}(?:\.\d{1,3}){1,2}\.?(?=\s(?![\s-–—:]))|\(?\d{1,3}[.)](?=\s|\p{Lu})|\(?(?:[a-z]|[ivxlc]{2,7})[.)](?=\s))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();

    // "[logo] Aegis Trust", "[image] Humanity United logo": a web page's logo turned into text by its alt text; the
    // marker and the word "logo" the alt text ends with are not part of the name.
    [GeneratedRegex(@"^\[(?:logo|logotype|logotipo|image|img|picture|photo|icon)\]\s*(?<name>.+?)(?:\s+(?:logo|logotype|logotipo))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LogoAltText();

    // "/s/ Jane Doe": a signature typed where a pen would sign.
    [GeneratedRegex(@"^/s/\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SignatureMark();

    // "World Organisation Against Torture (OMCT)2, Switzerland", "Tournons la Page¹": a footnote's number glued
    // to the end of a name (after a small letter or a bracket, so "G77" and "ARTICLE 19" keep theirs; and after a name
    // of more than one word, so "Section27" keeps its own), or its asterisks ("Peace Brigades (Kenya)*"); and a word
    // processor's anchor of a comment, its editor's initials and number ("International Council of Nurses (ICN)[KM2]"),
    // or an endnote's number in brackets ("Tax and Human Rights Coalition [1], International"); and the number of the
    // pull request or issue that added a line to a list kept in a code repository ("Paradigm Initiative — Nigeria (#47)").
    [GeneratedRegex(@"(?:(?<=\s\S*[\p{Ll})\]])\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=[\p{L})\]])\*{1,3}|(?<=[\p{L})])\[\p{Lu}{1,3}\d{1,3}\]|(?<=[\p{L})])\s?\[\d{1,2}\]|\s\(#\d{1,5}\))(?=\s*(?:[,;]|$|\s[-–—]\s|\s[\(\[]))", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteMark();

    [GeneratedRegex(@"^(?<name>.*?)\s*[\(\[](?<place>[^()\[\]]+)[\)\]]$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingBracket();

    // "(est. 2004)", "(est. 2017; 41 member organisations)", "(founded 1995)", "(fondée en 1991)", "(fundada en 1990)",
    // "(gegründet 1970)".
    [GeneratedRegex(@"^(?<name>.*\S)\s*\((?<note>(?:est\.|estd\.|established|founded|fondée?\s+en|créée?\s+en|fundad[ao]\s+en|gegründet)\s[^()]*)\)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HistoryInBrackets();

    // "– 12 million members", "– 400,000 members", "– 50 member organisations", ", 1.5 million affiliates", "– 30 miembros".
    [GeneratedRegex(@"^(?<name>.*?\S)\s*(?:\s[-–—]|,)\s*(?<count>(?:over\s+|more\s+than\s+|about\s+|some\s+|approx\.?\s+|~)?\d[\d.,]*\s*(?:million|thousand|m|k)?\+?\s+(?:members?(?:\s+(?:organi[sz]ations|groups|unions|associations))?|affiliates|affiliated\s+unions|miembros|membres|membros|mitglieder|leden|organisations?\s+membres|organizaciones\s+miembro))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MemberCount();

    // "Brussels office", "Geneva Office", "bureau de Genève", "oficina de Bogotá", "escritório de Brasília".
    [GeneratedRegex(@"^(?:(?<city>\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})\s+(?:office|bureau)|(?:bureau|oficina|escritório|ufficio|büro)\s+(?:de|d['’]|di|em|en|in)\s*(?<city>\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OfficeOfACity();

    // "… — Somalia Country Office", "… – Bureau pays Mali": after a spaced dash, the country an office is in.
    [GeneratedRegex(@"^(?<name>.+?)\s+[—–-]\s+(?:(?<place>[^—–]+?)\s+(?<office>(?:country|field)\s+office)|(?<office>bureau\s+(?:pays|de\s+pays))\s+(?:au\s+|en\s+|du\s+|de\s+)?(?<place>[^—–]+?)|(?<office>oficina\s+(?:de\s+)?pa[íi]s)\s+(?:en\s+)?(?<place>[^—–]+?))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountryOfficeAfterDash();

    // A place after the last spaced dash at the end of a line: "… — Hargeisa, Somaliland".
    [GeneratedRegex(@"^(?<name>.+\S)\s+[—–]\s+(?<place>[^—–]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAfterDash();

    // In brackets, the kind of organization before a comma ("national NGO", "INGO", "NNGO", "NGO forum", "faith-based",
    // "citizen movement", "research", "regional", "continental", "UN agency", "RLO", "ONG nationale", "Tigray diaspora",
    // "in exile"), then its place,
    // perhaps with "country office" after it.
    [GeneratedRegex(@"^(?<kind>(?:(?:national|international|local|regional|grassroots|community[- ]based|faith[- ]based|women[- ]led|refugee[- ]led|youth[- ]led)\s+)?(?:i?n?ngos?|ngo\s+(?:forum|network|consortium)|csos?|cbos?|rlos?|network|movement|citizen\s+movement|research(?:\s+(?:centre|center|institute))?|think[- ]tank|academic|un\s+agency|coalition|platform|federation)|faith[- ]based|regional|continental|(?:ong|osc|asbl)\s+(?:nationale|internationale|locale)|ong[ia]?|ongd|(?:\p{Lu}[\p{L}-]*\s+)?(?:diaspora|exile|in\s+exile))\s*,\s*(?<place>.*?)(?:,?\s*(?:country\s+office|field\s+office|office|bureau(?:\s+pays)?|oficina\s+(?:de\s+)?pa[íi]s))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KindThenPlace();

    // "ACT Alliance member: Christian Aid", "Member of FIDH: Ligue Iteka", "membre de la FIDH : Ligue Iteka".
    [GeneratedRegex(@"^(?:(?<network>[^:]{2,80}?)\s+(?:member|membre|miembro|membro|lid|mitglied)|(?:member|membre|miembro|membro|lid|mitglied)\s+(?:of|de|di|van|von)\s+(?<network>[^:]{2,80}?))\s*:\s+(?<name>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NetworkMember();

    [GeneratedRegex(@"^(?<name>.*\S)\s*,\s*(?<place>[^,()\[\]]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingComma();

    // ", and", "; and", "; et", ", y", "; e" at the end of a line.
    [GeneratedRegex(@"\s*[,;]\s*(?:and|et|y|e|und|en|och|og)$", RegexOptions.CultureInvariant)]
    private static partial Regex ConjunctionAtEnd();

    // "…, Chicago, IL", and as Brazilian lists print it "…, Salvador/BA", "… – Brasília/DF", "…, Goiânia - GO".
    [GeneratedRegex(@"^(?<name>.*[^\s,])(?:(?<comma>\s*,)|\s+[-–—])\s*(?<place>(?<city>[^,()\[\]/–—]+?)(?:,\s*|\s*/\s*|\s+[-–]\s+)(?<state>\p{Lu}{2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex CityAndStateAfterName();

    // "For the …,", "Pour la …,", "Por el …:", "Für die …,", "Pela …:", "On behalf of the …:": the words before the name of
    // the organization a person below signs for, the line ending as a signature's does, with a comma or a colon.
    [GeneratedRegex(@"^(?i:for|pour|por|per|für|pela|pelo|on\s+behalf\s+of|au\s+nom\s+d[eu]|en\s+nombre\s+de|em\s+nome\s+d[aeo]|a\s+nome\s+d[ie]|namens)\s+(?:(?:the|la|le|el|il|die|den|das|der|de\s+la|del|della|da|do|l['’])\s*)?(?<name>\p{Lu}.*?)\s*[,:]$", RegexOptions.CultureInvariant)]
    private static partial Regex SignsFor();

    /// <summary>"Pour la Commission Épiscopale Justice et Paix," as "Commission Épiscopale Justice et Paix"; any other line as it is.</summary>
    public static string WithoutSignsFor(string text) =>
        SignsFor().Match(text.TrimEnd().EndsWith(',') || text.TrimEnd().EndsWith(':') ? text.Trim() : text.Trim() + ",") is { Success: true } signsFor ? signsFor.Groups["name"].Value : text;

    // "e.V.", "A.C.", "a.s.b.l.", "S.A.", "S.J.": as the last word, two or more letters or pairs of letters, each
    // followed by a dot.
    [GeneratedRegex(@"\s(?:\p{L}{1,2}\.){2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex LegalFormAtEnd();

    // "… – Ilha do Combu", "… – Vila da Barca", "… – Barrio La Chacarita", "… – Barangay Malanday": after a spaced
    // dash, a word that says what kind of locality it is, then its name of up to three capitalized words, with the
    // particles place names keep.
    [GeneratedRegex(@"^(?<name>.*\S)\s+[–—]\s+(?<locality>(?:Ilha|Ilhas|Vila|Bairro|Aldeia|Povoado|Assentamento|Quilombo|Comunidade|Isla|Barrio|Colonia|Vereda|Corregimiento|Aldea|Village|Island|Barangay|Kampung|Desa|Quartier)(?:\s(?:(?:de|da|do|das|dos|del|di|la|el)\s)?\p{Lu}[\p{L}'’-]*){1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalityAfterDash();

    // "(membre de la FIDH)", "(membre du réseau SOS-Torture de l'OMCT)", "(member of the ICJ network)", "(miembro de la
    // FIACAT)", "(FIDH member)", "(Mitglied im Forum Menschenrechte)": the network an organization belongs to.
    [GeneratedRegex(@"^(?<name>.*\S)\s*(?<mark>[\(\[](?:(?:an?\s+)?(?:member|membre|miembro|membro|mitglied|lid)(?:\s+(?:organi[sz]ation|organización|organização))?\s+(?:of|de|du|des|del|da|do|di|della|von|vom|im|der|van)\b[^()\[\]]{2,120}|[^()\[\]]{2,60}\s+(?:member|membre|miembro|membro|mitglied|lid)(?:\s+(?:organi[sz]ation|organisation))?)[\)\]])$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MembershipMark();

    // "(on behalf of 38 national education coalitions)", "(representing over 100 organisations in 40 countries)", "(a nome
    // di 45 organizzazioni aderenti)", "(au nom de ses 30 membres)", "(en nombre de 12 organizaciones)", "(em nome de 20
    // coletivos)": a count of the members an organization signs for.
    [GeneratedRegex(@"^(?<name>.*\S)\s*(?<mark>[\(\[](?:on\s+behalf\s+of|representing|a\s+nome\s+di|in\s+rappresentanza\s+di|au\s+nom\s+de|représentant|en\s+nombre\s+de|en\s+representación\s+de|representando|em\s+nome\s+de|im\s+namen\s+von|(?:an?\s+)?(?:alliance|coalition|network)\s+of|(?:ein\s+)?(?:bündnis|netzwerk|zusammenschluss)\s+(?:aus|von))\s+(?:its\s+|ses\s+|sus\s+|seus\s+|suas\s+|le\s+sue\s+|i\s+suoi\s+|seiner\s+|ihrer\s+)?(?:over\s+|more\s+than\s+|some\s+|almost\s+|oltre\s+|più\s+di\s+|plus\s+de\s+|près\s+de\s+|más\s+de\s+|casi\s+|mais\s+de\s+|quase\s+|über\s+)?\d[\d,.\s]*\s+[^()\[\]\d][^()\[\]]{1,80}[\)\]])$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SignsForMembers();

    // "(Observer)", "(in formation)", "(observateur)", "(en formation)", "(en formación)", "(observador)": a status;
    // "Afghan Women's Network, Afghanistan (in exile)", "… (en exil)": where it works from now, after its country;
    // "(Regional)", "(régional)", "(regional – Arab region)": a scope that names no place;
    // "(Africa programme)": the part of the organization that signs, which is no place of its own.
    [GeneratedRegex(@"^(?<name>.*\S)\s*(?<mark>[\(\[](?:(?:regional|régional|regionale)(?:\s*[–—:-]\s*[^()\[\]]{2,40})?|[^()\[\]]{2,40}\s+(?:programme|program|programa|programm|programma)|observers?|observer\s+status|observateurs?|observatrices?|observador(?:es|as?)?|osservatori?|beobachter|in\s+formation|en\s+(?:cours\s+de\s+)?formation|en\s+formación|em\s+formação|in\s+formazione|in\s+gründung|in\s+exile|en\s+exil|en\s+el\s+exilio|en\s+exilio|em\s+ex[íi]lio|no\s+ex[íi]lio|im\s+exil|in\s+esilio|in\s+the\s+diaspora|en\s+diaspora|diaspora)[\)\]])$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StatusMark();

    [GeneratedRegex(@"^(?<name>.*[\)\]])\s+(?<place>[^()\[\]]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AfterBracket();

    // "— regional", "– jaringan regional", "– réseau régional", "– rede regional", "– regional network": a regional scope
    // said in small letters after a spaced dash or a comma ("– section française" may be a national section's name, and
    // stays); ", Regional" and "– Regional" alone, as a list's place column prints it.
    [GeneratedRegex(@"^(?<name>.*\S)(?:\s+[–—-]\s+|\s*,\s*)(?<phrase>(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?:regional|régional|régionale|regionale|regionales|sub-?regional|sous-régional|continental|continentale)(?:\s+\p{Ll}[\p{Ll}-]*){0,3}|Regional|Régional|Regionale|Regionaal)$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionalScope();

    // "— indigenous rights", "– land and environmental defenders": after a spaced dash, a few words in small letters. A
    // national section's or office's ("– section française", "– bureau régional") is part of the name.
    [GeneratedRegex(@"^(?<name>.*\S)\s+[–—]\s+(?!(?:section|sección|seccion|secção|seção|sezione|sektion|chapter|branch|antenne|délégation|delegación|bureau|office|oficina)\b)(?<topic>\p{Ll}[\p{Ll}'’-]*(?:,?\s(?:and|&|et|y|e|und)?\s?\p{Ll}[\p{Ll}'’-]*){0,5})$", RegexOptions.CultureInvariant)]
    private static partial Regex TopicAfterDash();

    // ", pan-African", "(pan-Arab)": across a continent or a people's countries, said of a body; no one place.
    [GeneratedRegex(@"^(?<name>.*[^\s,])\s*(?:,\s*(?<scope>[Pp]an[-\s]\p{Lu}\p{Ll}{2,})|\((?<scope>[Pp]an[-\s]\p{Lu}\p{Ll}{2,})\))$", RegexOptions.CultureInvariant)]
    private static partial Regex PanScope();

    [GeneratedRegex(@"^(?<name>.*?\S)\s*(?:,\s*(?<place>[^,()\[\]]+?)|[\(\[](?<place>[^()\[\]]+)[\)\]])\s*(?<acronym>[\(\[][\p{L}\d][\p{L}\d&.\-]{1,24}[\)\]])$", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymAfterPlace();

    // A city of up to three capitalized words, joined by the particles place names keep ("Bobo-Dioulasso", "San Pedro
    // Sula", "Santa Cruz de la Sierra"), perhaps with the number of its postal district ("Colombo 7"), which only a
    // city the archive knows may have.
    [GeneratedRegex(@"^(?<name>.*\S)\s*(?<separator>,|\s[-–—])\s*(?<city>\p{Lu}[\p{L}.'’-]*(?:\s(?:(?:de\sla|de\slas|de\slos|de|del|da|do|des|du|es|el|la|le|al|sur|upon|am|y)\s)?\p{Lu}[\p{L}.'’-]*){0,2}(?:\s0?\d{1,2})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex City();

    // "…, Waterloo, Ontario", "…, Regina, Saskatchewan": after commas, a town and a state or province of one to three words.
    [GeneratedRegex(@"^(?<name>.*[^\s,])\s*,\s*(?<place>(?<city>[^,()\[\]]+?)\s*,\s*(?<division>\p{Lu}[\p{L}.'’-]*(?:\s\p{L}[\p{L}.'’-]*){0,2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex CityAndDivisionAfterComma();

    // "… – Salvador, Bahia", "… – Bukavu (Sud-Kivu)": after a spaced dash, a city, then one or two capitalized words
    // (its state or province) after a comma or in brackets.
    [GeneratedRegex(@"^(?<name>.*\S)\s+[–—-]\s+(?<place>(?<city>[^,–—]+?),\s*(?<state>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)|(?<city>[^,()–—]+?)\s*\((?<state>\p{Lu}\p{L}+(?:[\s-]\p{Lu}\p{L}+)?)\))$", RegexOptions.CultureInvariant)]
    private static partial Regex CityAndStateNameAfterDash();

    // "… – University of Queensland, Brisbane", "… – Université de Genève, Genève": after a spaced dash, a university and its city.
    [GeneratedRegex(@"^(?<name>.*\S)\s+[–—-]\s+(?<place>(?:the\s+)?(?:university|université|universidad|universidade|università|universität|universiteit|universitet)\b[^,–—()]*,\s*(?<city>[^,–—()]+))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UniversityAndCityAfterDash();

    // "Kurdistan Region", "Eastern Province", "Basra Governorate", "Région des Cascades", "Provincia de Córdoba": after a
    // spaced dash, a region of a country called so, in the words countries use for their regions.
    [GeneratedRegex(@"^(?<name>.*\S)\s+[–—-]\s+(?<region>\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}\s(?:Region|Province|Governorate|Oblast|Prefecture)|(?:Region|Province|Governorate|Région|Región|Provincia|Regione|Gouvernorat|Governorato)\s(?:of|de|du|de\sla|des|di|del|della|d['’])\s?\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*){0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionAfterDash();

    // "Buenos Aires", "Dar es Salaam", "Ras al-Ayn", "Deir ez-Zor": one to three capitalised words, with small particles
    // between (Arabic ones joined by a hyphen to the word after them).
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’-]*(?:\s(?:(?:de\sla|de\slas|de\slos|de|del|da|do|des|du|es|el|la|le|al|ez|ad|as|sur|upon|am|y)[\s-])?\p{Lu}[\p{L}.'’-]*){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex BareCity();

    // ", a Sudanese organisation in the United States", "(an NGO based in Kenya)", " – network working in Uganda".
    [GeneratedRegex(@"^(?<name>.+?)\s*(?:,|\(|\s[-–—])\s*(?<phrase>(?<article>(?:an?|the|une?|una?)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?<kind>organi[sz]ations?|ngos?|ong|group|network|coalition|association|charity|body|platform|collective|foundation|movement|alliance|initiative|institution|campaign|organización|organisation|réseau|red)\s+(?:(?:based|headquartered|registered|located|working|active|basée?|établie?|con\s+sede|radicada|ubicada)\s+)?(?:in|en|à|au|aux)\s+(?<place>[^()]+?))\)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Described();

    // "…, based in Nairobi, Kenya", "… (based in Geneva)", "… basée à Genève", "… con sede en Buenos Aires"; "… (in
    // exile, Vilnius)", "… (en exil à Paris)": where an organization driven out of its country works now, set apart from
    // the name ("Tajik Human Rights Lawyers in Exile, Warsaw" is a name and its city).
    [GeneratedRegex(@"^(?<name>.+?)\s*(?:,|\(|\s[-–—])?\s*(?<phrase>(?:(?:based|headquartered|registered|located|with\s+(?:offices|headquarters|its\s+headquarters|a\s+presence|branches)|basée?s?|établie?s?|installée?s?|avec\s+des\s+bureaux|con\s+sede|con\s+oficinas|radicada|radicado|ubicada|ubicado)\s+(?:in|en|à|au|aux)\s+|(?<=(?:,|\(|\s[-–—])\s*)(?:in\s+exile|en\s+exil|en\s+el\s+exilio|im\s+exil|em\s+ex[íi]lio|no\s+ex[íi]lio)(?:\s*,\s*|\s+(?:in|en|à|au|im|em|no|na)\s+))(?<place>[^()]+?))\)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BasedIn();

    // "– a Kenyan legal aid NGO", ", South Sudanese network", "(a Tanzanian-based regional bar association)": an
    // adjective of nationality, at most three words, and a kind of body.
    [GeneratedRegex(@"^(?<name>.+?)\s*(?:,|\(|\s[-–—])\s*(?<phrase>(?:(?i:an?)\s+)?(?<place>\p{Lu}[\p{L}'’]*(?:[\s/-]\p{Lu}[\p{L}'’]*){0,2}(?:-based)?)(?:\s+[\p{L}'’-]+){0,3}?\s+(?i:organi[sz]ations?|ngos?|group|network|coalition|association|charity|body|platform|collective|foundation|movement|alliance|initiative|institution|institute|campaign|trust|council|union|society|centre|center|think[\s-]tank|church|agency))\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NationalDescribed();

    // "Amnesty International Southern Africa (regional office, Johannesburg)", "… (bureau régional : Dakar)", "… (oficina
    // regional en Lima)", "… (escritório em Maputo)": which of its offices signs, and where that office is.
    [GeneratedRegex(@"^(?<name>.+?)\s*\(\s*(?<phrase>(?:[\p{L}-]+\s+){0,2}?(?:office|bureau|oficina|escrit[óo]rio|secretariat|secrétariat|secretar[ií]a(?:do)?)(?:\s+[\p{L}-]+){0,2}?(?:\s*[,:]\s*|\s+(?:in|en|à|em|at)\s+)(?<place>[^()]+?))\)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OfficeIn();

    // "…, UK-based", "… (a US-based charity)".
    [GeneratedRegex(@"^(?<name>.+?)\s*(?:,|\(|\s[-–—])\s*(?<phrase>(?:an?\s+)?(?<place>\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)-based(?:\s+[\p{L}]+){0,2})\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceBased();

    [GeneratedRegex(@"^(?<name>.+?)\s*[,–—-]\s*(?<phrase>(?:dans\s+le\s+cadre\s+d[eu']|au\s+sein\s+d[eu']|within\s+the\s+framework\s+of|in\s+the\s+framework\s+of|as\s+part\s+of|en\s+el\s+marco\s+del?|on\s+behalf\s+of|au\s+nom\s+d[eu'])\s*.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Framework();

    [GeneratedRegex(@"\s+(?:and|&|et|y|e)\s+|\s*[,/]\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CitySeparator();

    [GeneratedRegex(@"^(?:friends|amis|amigos|amigas|voices?|voix|voz)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FriendsOf();

    [GeneratedRegex(@"\s*\([^()]*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Qualifier();

    // Words that make a country at the start of a name its subject: "Burma Campaign", "Palestine Solidarity Campaign".
    [GeneratedRegex(@"\b(?:campaign|solidarity|appeal|support|friends|relief|watch|now|aid|justice\s+campaign|coalition\s+for|diaspora|forum\s+for)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AboutWords();

    // "Sudan Action Network", "Burma Action Group": action for the country right after it; in "Kiribati Climate Action
    // Network" the action is for the climate, by a network of the country.
    [GeneratedRegex(@"^action\s+(?:group|network)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ActionFor();

    // "Latin America", "Central America", "North America": parts of the continent.
    [GeneratedRegex(@"^(?:Latin|Central|South|North|Middle|Meso|Ibero|Anglo|Pan)$", RegexOptions.CultureInvariant)]
    private static partial Regex PartOfAmerica();

    // "… Zambia Chapter", "… U.S. Washington Office", "… Kenya Section", "… South Sudan Country Office".
    [GeneratedRegex(@"^(?<rest>.*\S)\s+(?:Country\s+)?(?:Chapter|Section|Branch|Office)$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitAfterCountry();

    // "… – Section Rwanda", "… – Sección Chile", "… – Seção Brasil", "… – Chapter Kenya": the unit's word before its country.
    [GeneratedRegex(@"^.*\S\s+[-–—]\s+(?:Chapter|Chapitre|Section|Sección|Seção|Secção|Sektion|Sezione|Branch)\s+(?<country>\p{Lu}[^-–—()]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitBeforeCountry();

    // "Uniting Church in Australia – UnitingWorld": a body's name, a spaced dash, and one of its units.
    [GeneratedRegex(@"^(?<head>.*\S)\s+[-–—]\s+(?<unit>\p{Lu}[^-–—()]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadAndUnit();

    // "…, New Zealand and Polynesia", "…, Fiji, Tonga": the last of a series of capitalized names.
    [GeneratedRegex(@"^(?<first>.*\S)(?:\s*,\s*|\s+(?:and|&|et|y|e)\s+)(?<last>\p{Lu}[\p{L}'’-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LastPlaceOfSeries();

    [GeneratedRegex(@"^.*\S\s*[-–—/]\s*(?<country>[^-–—()/]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DashedEnd();

    // "and the …", "the …", "et la …": in lower case, a sentence's words before a name run in with others.
    [GeneratedRegex(@"^(?:(?:and|or|et|ou|y|e)\s+)?(?:the\s+)?(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex RunInWords();

    // "Methodist Church (U.K.), Joint …": a bracket followed by more of the name.
    [GeneratedRegex(@"^\p{L}[^()]*\S\s*\((?<country>[^()]+)\)\s*[,\s]\s*\S[^()]*$", RegexOptions.CultureInvariant)]
    private static partial Regex InnerBracket();

    // "Peace Bridges, the peacebuilding programme of the Evangelical Alliance": a lower-case article after a comma, and
    // a lower-case word after it.
    [GeneratedRegex(@"^(?<name>.*\S)\s*,\s+(?<phrase>(?:the|an?)\s+\p{Ll}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Appositive();

    // "Justice Africa and Waging Peace (both UK)", "A et B (toutes deux en France)": two names that share the place after them.
    [GeneratedRegex(@"^(?<names>.+\s(?:and|et|y|e|und)\s.+?)\s*\((?:both|all|each|tous\s+deux|toutes\s+deux|ambas|ambos|beide)\s+(?:in\s+|en\s+|from\s+)?(?:the\s+)?(?<place>[^()]+)\)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SharedPlace();

    [GeneratedRegex(@"\)\s+(?:and|et|y|e|und)\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex AndAfterBracket();

    [GeneratedRegex(@"\s(?:and|et|y|e|und)\s", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex LastAnd();
}
