using System.Net.Http.Headers;

namespace Sightline.Web.Tests;

/// <summary>Uploads a file through a page's form as a browser does: multipart, with the page's anti-forgery token.</summary>
public static class Uploads
{
    /// <summary>POSTs <paramref name="content"/> as the file field <paramref name="field"/> named <paramref name="fileName"/>; no file part when <paramref name="content"/> is null.</summary>
    public static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string path, string field, string fileName, byte[]? content)
    {
        var token = await Forms.TokenAsync(client, path);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        if (content is not null)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            form.Add(file, field, fileName);
        }
        return await client.PostAsync(new Uri(path, UriKind.Relative), form);
    }
}
