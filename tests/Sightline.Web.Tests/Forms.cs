using System.Text.RegularExpressions;

namespace Sightline.Web.Tests;

/// <summary>Posts forms as a browser does: the page first, for its anti-forgery token, then the form with it.</summary>
public static partial class Forms
{
    /// <summary>GETs <paramref name="path"/>, takes its anti-forgery token and POSTs <paramref name="fields"/> with it.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        var token = await TokenAsync(client, path);
        return await PostWithoutTokenAsync(client, path, new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token });
    }

    /// <summary>POSTs the fields as they are: no token unless they hold one.</summary>
    public static async Task<HttpResponseMessage> PostWithoutTokenAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>The anti-forgery token of the page's forms.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        using var page = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await page.Content.ReadAsStringAsync();
        return Token().Match(body) is { Success: true } match
            ? match.Groups[1].Value
            : throw new Xunit.Sdk.XunitException($"GET {path} ({(int)page.StatusCode}) has no anti-forgery token:\n{body}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
