using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Agencies;
using Sightline.Core.Persons;

namespace Sightline.Core.Intake;

/// <summary>
/// How an agency's own identifier for a person becomes a Sightline person id. Each agency's
/// record of a person is kept as a record of its own, <c>{agency}:{local id}</c>, because two
/// agencies' local identifiers may collide and because identity resolution, not the sender,
/// decides that two records are one person. Scenario files are the exception: their persons are
/// already one record each, namespaced by the scenario.
/// </summary>
public static class AgencyRecord
{
    /// <summary>The longest local identifier accepted.</summary>
    public const int MaxLocalIdLength = 100;

    /// <summary>The Sightline id of <paramref name="agency"/>'s record <paramref name="localId"/>.</summary>
    /// <exception cref="ArgumentException">When the local id is not acceptable (see <see cref="Problem"/>).</exception>
    public static PersonId PersonId(AgencyId agency, string localId)
    {
        var problem = Problem(localId);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(localId));
        }
        return new PersonId($"{agency.Value}:{localId}");
    }

    /// <summary>
    /// Why a local identifier cannot be used, or null when it can: it must be 1 to
    /// <see cref="MaxLocalIdLength"/> visible ASCII characters without '/', '?', '#' or '%', so
    /// that the resulting id is safe in a URL path as it stands.
    /// </summary>
    public static string? Problem([NotNullWhen(false)] string? localId)
    {
        if (string.IsNullOrEmpty(localId))
        {
            return "a person's identifier must not be empty";
        }
        if (localId.Length > MaxLocalIdLength)
        {
            return $"a person's identifier must be at most {MaxLocalIdLength} characters";
        }
        foreach (var c in localId)
        {
            if (c is <= ' ' or > '~' or '/' or '?' or '#' or '%' or '\\')
            {
                return $"a person's identifier may hold only visible ASCII characters other than / ? # % \\ (found '{c}')";
            }
        }
        return null;
    }

    /// <summary>Splits a record id made by <see cref="PersonId"/> back into agency and local id; false for any other id.</summary>
    public static bool TrySplit(PersonId id, out AgencyId agency, [NotNullWhen(true)] out string? localId)
    {
        var colon = id.Value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == id.Value.Length - 1)
        {
            agency = default;
            localId = null;
            return false;
        }
        agency = new AgencyId(id.Value[..colon]);
        localId = id.Value[(colon + 1)..];
        return true;
    }
}
