using System.CommandLine;

namespace Sightline.Cli.Commands;

/// <summary>The <c>--urls</c> option of the verbs that serve the site.</summary>
internal static class UrlsOption
{
    /// <summary>Loopback by default: the demo is for this computer.</summary>
    public const string Default = "http://127.0.0.1:5080";

    public static Option<string> Create()
    {
        var option = new Option<string>("--urls")
        {
            Description = $"Where to listen, e.g. http://127.0.0.1:5080 (several separated by ';'; port 0 picks a free one). http:// on loopback only; https:// anywhere (with a certificate Kestrel is configured with).",
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
                else if (!uri.IsLoopback && uri.Scheme == "http")
                {
                    // Sign-in cookies are Secure: a browser keeps them over HTTPS and on this computer only.
                    result.AddError($"--urls: '{url}' is plain http on an address other computers reach; use https:// there, or a loopback address (127.0.0.1, [::1] or localhost)");
                }
            }
        });
        return option;
    }

    public static IReadOnlyList<string> Split(string? urls) =>
        (urls ?? Default).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
