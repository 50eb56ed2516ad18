using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Events;
using Sightline.Storage.Flags;

namespace Sightline.Cli.Hosting;

/// <summary>
/// The line the demo prints so that whoever signs in as the emergency department's practitioner
/// has an NHS number the flag check answers "flagged" for, rather than hunting for one.
/// </summary>
internal static class DemoFlagHint
{
    public static async Task<IReadOnlyList<string>> LinesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var children = services.GetRequiredService<ChildrenOnPlans>();
        var child = await children.FirstAsync(PlanType.ChildProtection, cancellationToken);
        return child is null
            ? []
            : [$"Flag check: sign in as the emergency department's practitioner above, open Check for flags and enter NHS number {child.NhsNumber.Formatted}, a child on a child protection plan held by {child.LocalAuthority}."];
    }
}
