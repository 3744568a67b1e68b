namespace Archive.Api.Organizations;

/// <summary>A letter an organization signed, as its page lists it.</summary>
internal sealed record SignedLetter(string Id, string Title, string Date, Uri Url, DateTimeOffset Added, DateTimeOffset Updated);
