using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Protocols;
using Sightline.Web.Alerts;

namespace Sightline.Web.Pages;

/// <summary>The rules the live protocols run, with the learning each encodes.</summary>
internal sealed class RulesModel(RuleBook rules) : PageModel
{
    /// <summary>The rules, in the engine's order.</summary>
    public IReadOnlyList<RuleDescription> Rules => rules.All;
}
