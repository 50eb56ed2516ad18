using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Sightline.Web.Security;

namespace Sightline.Web.Hosting;

/// <summary>
/// The site's static files, embedded in this assembly (see the project file) and served from the
/// root: <c>/site.css</c> and <c>/site.js</c>, the design system's <c>/govuk/…</c> and
/// <c>/moj/…</c> files, and the fonts and images their stylesheets ask for under <c>/assets/…</c>.
/// They travel with the assembly wherever it is loaded from.
/// </summary>
internal static class SiteAssets
{
    public static IFileProvider Files { get; } =
        new EmbeddedFileProvider(typeof(SiteAssets).Assembly, "Sightline.Web.Assets");

    /// <summary>How the site serves them: cacheable, unlike every page (they hold no record).</summary>
    public static StaticFileOptions Options { get; } = new()
    {
        FileProvider = Files,
        ContentTypeProvider = new FileExtensionContentTypeProvider(),
        OnPrepareResponse = file => SecurityHeaders.MarkAsAsset(file.Context),
    };
}
