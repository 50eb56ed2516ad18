var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "healthy" }));
await app.RunAsync();

/// <summary>The web host's entry point, public so that tests can host it.</summary>
public partial class Program;
