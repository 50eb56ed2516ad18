using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Protocols;
using Sightline.Interop.Replay;
using Sightline.Interop.Scenarios;
using Sightline.Web.Access;
using Sightline.Web.Alerts;
using Sightline.Web.Presentation;
using Sightline.Web.Replay;

namespace Sightline.Web.Pages;

/// <summary>
/// The replay page for review authors: upload a <c>sightline-scenario/1</c> file, read strictly, and
/// see its timeline day by day with the alerts the rules would have raised and when, and the file's
/// own expected and forbidden alerts passed or failed. It shows only what the file holds — no
/// stored record is read and nothing is stored — so the partnership's analysts may use it as well
/// as safeguarding leads and managers.
/// </summary>
[Authorize(Roles = $"{SightlineRoles.SafeguardingLead},{SightlineRoles.Manager},{SightlineRoles.Analyst}")]
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
internal sealed class ReplayModel(ProtocolEngine engine, RuleBook rules) : PageModel
{
    /// <summary>The largest scenario file read: the reviews' files are tens of kilobytes.</summary>
    public const int FileLimit = 1024 * 1024;

    /// <summary>The field's id, which the error summary links to.</summary>
    public const string Field = "scenario-file";

    /// <summary>At most this many problems are listed; the rest are counted.</summary>
    public const int ProblemsShown = 50;

    // Room for the form's other parts beyond a file at the limit, so such a file gets a message, not a refused request.
    private const int RequestLimit = FileLimit + (64 * 1024);

    /// <summary>The uploaded scenario file.</summary>
    [BindProperty(Name = "scenario")]
    public IFormFile? Upload { get; set; }

    /// <summary>What is wrong with the upload, for the error summary.</summary>
    public IReadOnlyList<FormError> Errors { get; private set; } = [];

    /// <summary>Problems found beyond those listed.</summary>
    public int MoreProblems { get; private set; }

    /// <summary>The uploaded file's name, as the problems name it.</summary>
    public string? FileName { get; private set; }

    /// <summary>The replay, once a file has been read.</summary>
    public ReplayView? Replay { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Errors = [new FormError(Field, "Select a scenario file")];
            return Page();
        }
        FileName = Path.GetFileName(Upload.FileName);
        if (Upload.Length > FileLimit)
        {
            Errors = [new FormError(Field, $"The selected file must be smaller than {FileLimit / 1024 / 1024} MB")];
            return Page();
        }
        var name = string.IsNullOrWhiteSpace(FileName) ? "scenario.json" : FileName;
        ScenarioReadResult read;
        await using (var stream = Upload.OpenReadStream())
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            buffer.Position = 0;
            read = ScenarioReader.Read(buffer, name);
        }
        if (!read.IsLoaded)
        {
            Errors = [.. read.Problems.Take(ProblemsShown).Select(p => new FormError(Field, $"{p.Path}: {p.Message}"))];
            MoreProblems = Math.Max(0, read.Problems.Count - ProblemsShown);
            return Page();
        }
        Replay = ReplayTimeline.Of(ScenarioReplay.Run(read.Scenario, engine), rules);
        return Page();
    }
}
