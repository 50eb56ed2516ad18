namespace Sightline.Web.Access;

/// <summary>
/// The route parameter that names a person. Every endpoint whose route has it — a page, an API
/// endpoint, an export — goes through the access policy before it runs (<see cref="PersonAccessMiddleware"/>):
/// the policy attaches to the parameter, not to a list someone must remember to extend.
/// </summary>
internal static class PersonRoute
{
    /// <summary>The parameter's name: <c>/children/{personId}</c>.</summary>
    public const string Parameter = "personId";
}
