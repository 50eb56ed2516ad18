using Sightline.Web;

var app = SightlineSite.Build(SightlineSite.CreateBuilder(args, new SiteOptions()));
await app.RunAsync();

/// <summary>The web host's entry point, public so that tests can host it.</summary>
public partial class Program;
