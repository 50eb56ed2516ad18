using Microsoft.Net.Http.Headers;
using Sightline.Interop.Fhir.Intake;

namespace Sightline.Web.Fhir;

/// <summary>The body of a FHIR request: FHIR JSON (or plain JSON), read whole up to a limit.</summary>
internal static class FhirBody
{
    /// <summary>The largest body taken, 16 MB: a day's deliveries from an emergency department fit many times over.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>
    /// True for <c>application/fhir+json</c> or <c>application/json</c>, in UTF-8. Requiring one of
    /// them also keeps cross-site forms out: a browser cannot send these types without asking first.
    /// </summary>
    public static bool IsFhirJson(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type))
        {
            return false;
        }
        var media = type.MediaType.Value;
        var charset = type.Charset.Value;
        return (string.Equals(media, FhirResponses.MediaType, StringComparison.OrdinalIgnoreCase) || string.Equals(media, "application/json", StringComparison.OrdinalIgnoreCase))
            && (charset is null || string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The body's bytes; null when it is longer than <see cref="MaxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
