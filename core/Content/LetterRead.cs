using Archive.Core.Letters;
using Archive.Core.Validation;

namespace Archive.Core.Content;

/// <summary>
/// A letter file as read and resolved against the organizations, with the checks of its signatories against them.
/// </summary>
/// <param name="File">The file as read.</param>
/// <param name="SignatoryChecks">What checking the signatories against their organizations found.</param>
/// <param name="SourceFound">Whether the letter's source file existed when it was read (null when it names none).</param>
internal sealed record LetterRead(FileRead<Letter> File, IReadOnlyList<Diagnostic> SignatoryChecks, bool? SourceFound);
