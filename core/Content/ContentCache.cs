using Archive.Core.Letters;
using Archive.Core.Organizations;

namespace Archive.Core.Content;

/// <summary>
/// What one load of a content folder read, kept so that loading the folder again (after an editor saved a file)
/// reads only what changed. Pass the same instance to every <see cref="LoadContent.FromFolder(string, ContentCache?)"/>
/// of one folder; the result is always exactly what a fresh load would give.
/// </summary>
/// <remarks>
/// A file counts as unchanged while its length and last write time are, and so are the dates the content's git history
/// gives it (a commit changes them without changing the file; the history is read again on every load). Letters
/// depend on the organizations (their ids and printed names resolve signatories) and on the site's language, so when
/// any organization file changes, appears or disappears, or the language changes, every letter is read again. A
/// letter that could not be read is always read again; so is one whose source file appeared or disappeared.
/// <c>site.yml</c> and <c>about.md</c> are always read.
/// One load at a time may use a cache: it is not safe to share between concurrent loads.
/// </remarks>
public sealed class ContentCache
{
    /// <summary>The content folder the cache was filled from; another folder starts it afresh.</summary>
    internal string? Root { get; set; }

    /// <summary>The organization files by path relative to the content folder.</summary>
    internal Dictionary<string, FileRead<Organization>> Organizations { get; set; } = new(StringComparer.Ordinal);

    /// <summary>What the organization files gave as a whole; null until a load filled it.</summary>
    internal OrganizationsRead? OrganizationsRead { get; set; }

    /// <summary>The letter files by path relative to the content folder, valid for <see cref="OrganizationsRead"/>.</summary>
    internal Dictionary<string, LetterRead> Letters { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The site language the cached letters were read with (a letter without 'language' takes it).</summary>
    internal string? LettersLanguage { get; set; }

    /// <summary>How many files the last load took from the cache, unread.</summary>
    public int FilesReused { get; internal set; }

    /// <summary>How many files the last load read from disk (<c>site.yml</c> and <c>about.md</c> included).</summary>
    public int FilesRead { get; internal set; }
}
