namespace Archive.Api.Http;

/// <summary>A status an API error can have, as a type for <see cref="Problem{TStatus}"/>.</summary>
internal interface IProblemStatus
{
    static abstract int Code { get; }
}

/// <summary>400: a parameter is malformed (<see cref="Problems.BadParameter"/>).</summary>
internal sealed class Status400BadRequest : IProblemStatus
{
    public static int Code => StatusCodes.Status400BadRequest;
}

/// <summary>404: nothing has this id (<see cref="Problems.NotFound"/>).</summary>
internal sealed class Status404NotFound : IProblemStatus
{
    public static int Code => StatusCodes.Status404NotFound;
}

/// <summary>429: a batch asks for more requests than the client has left (<see cref="RateLimits.TakeMore"/>).</summary>
internal sealed class Status429TooManyRequests : IProblemStatus
{
    public static int Code => StatusCodes.Status429TooManyRequests;
}
