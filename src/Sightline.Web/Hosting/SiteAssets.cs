using Microsoft.Extensions.FileProviders;

namespace Sightline.Web.Hosting;

/// <summary>
/// The site's static files, embedded in this assembly (see the project file) and served from the
/// root, e.g. <c>/site.css</c>: they travel with the assembly wherever it is loaded from.
/// </summary>
internal static class SiteAssets
{
    public static IFileProvider Files { get; } =
        new EmbeddedFileProvider(typeof(SiteAssets).Assembly, "Sightline.Web.Assets");
}
