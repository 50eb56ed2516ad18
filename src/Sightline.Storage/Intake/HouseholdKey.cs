using System.Security.Cryptography;
using System.Text;
using Sightline.Core.Persons;

namespace Sightline.Storage.Intake;

/// <summary>
/// The stored id of a household. The domain gives a household only its members, so the id is
/// derived from them, order aside: the same household sent twice is stored once.
/// </summary>
internal static class HouseholdKey
{
    public static string Of(IEnumerable<PersonId> members)
    {
        var sorted = members.Select(m => m.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', sorted)));
        return "household-" + Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }
}
