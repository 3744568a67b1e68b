namespace Archive.Api.Tests;

/// <summary>
/// Tests over the API fixture content (tests/fixtures/api-content) share one API host: it only reads, so sharing it
/// cannot couple the tests, and loading and indexing the archive once keeps the suite fast.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedApi : ICollectionFixture<ApiFactory>
{
    public const string Name = "API over the fixture content";
}
