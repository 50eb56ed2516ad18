using System.CommandLine;

namespace Sightline.Cli.Commands;

/// <summary>The <c>--urls</c> option of the verbs that serve the site.</summary>
internal static class UrlsOption
{
    /// <summary>Loopback only: there is no sign-in yet, so the site must not be reachable from other machines.</summary>
    public const string Default = "http://127.0.0.1:5080";

    public static Option<string> Create()
    {
        var option = new Option<string>("--urls")
        {
            Description = $"Where to listen: loopback addresses only until sign-in exists, e.g. http://127.0.0.1:5080 (several separated by ';'; port 0 picks a free one).",
            HelpName = "URL",
            DefaultValueFactory = _ => Default,
        };
        option.Validators.Add(result =>
        {
            foreach (var url in Split(result.GetValueOrDefault<string>()))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    result.AddError($"--urls: '{url}' is not an http:// or https:// address");
                }
                else if (!uri.IsLoopback)
                {
                    result.AddError($"--urls: '{url}' is not a loopback address; there is no sign-in yet, so Sightline serves this computer only (127.0.0.1, [::1] or localhost)");
                }
            }
        });
        return option;
    }

    public static IReadOnlyList<string> Split(string? urls) =>
        (urls ?? Default).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
