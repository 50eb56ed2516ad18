namespace Sightline.Web.Access;

/// <summary>The claims Sightline reads from a sign-in cookie or a bearer token.</summary>
public static class SightlineClaims
{
    /// <summary>The id of the agency the user or client belongs to, e.g. <c>demo.aldermere-hv</c>.</summary>
    public const string Agency = "sightline:agency";

    /// <summary>A role in a bearer token (one claim per role, or a JSON array).</summary>
    public const string TokenRole = "role";

    /// <summary>The client's name in a bearer token: its subject.</summary>
    public const string TokenSubject = "sub";
}
