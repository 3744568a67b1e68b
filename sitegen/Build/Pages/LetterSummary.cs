using Archive.SiteGen.Build.Templates;

namespace Archive.SiteGen.Build.Pages;

/// <summary>A letter in a list (home, letters, an organization's or a country's letters): enough to choose it.</summary>
/// <param name="Signers">Who signed, counted: "35 organizations", or "3 people" for a letter only people signed.</param>
/// <param name="Language">The language of the letter's text (its title and recipients), marked where it is not the site's.</param>
[RenderOnce]
internal sealed record LetterSummary(string Title, string Url, string DateDisplay, string DateIso, int Year, int OrganizationCount, string Signers, string Recipients, string Language);
