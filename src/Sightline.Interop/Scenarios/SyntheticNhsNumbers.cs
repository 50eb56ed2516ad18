using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sightline.Core.Persons;

namespace Sightline.Interop.Scenarios;

/// <summary>
/// NHS numbers for scenario persons that have none, in the 900–989 million range, which England
/// does not issue (real numbers start 4, 6 or 7; 999 is the test range, left to the demo generator),
/// so a generated number can never be mistaken for a real patient's. Ninety million candidates keep
/// two scenario persons from sharing a number (a million would collide for one database in six
/// with the shared scenarios loaded). The number is a
/// pure function of the person's id: SHA-256 rather than <see cref="string.GetHashCode()"/>,
/// which is randomised per process, so a scenario stored twice gets the same numbers.
/// </summary>
internal static class SyntheticNhsNumbers
{
    private const string SyntheticPrefix = "9";

    /// <summary>Eight digits after the prefix, below 90 million so the 99x ranges stay free.</summary>
    private const int Candidates = 90_000_000;

    public static NhsNumber For(PersonId id)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(id.Value));
        var first = BinaryPrimitives.ReadUInt64BigEndian(hash) % Candidates;
        // Two consecutive candidates never share a Modulus 11 remainder, so when the first has no
        // check digit the next one has.
        for (var step = 0UL; step < 2; step++)
        {
            var digits = SyntheticPrefix + ((first + step) % Candidates).ToString("D8", CultureInfo.InvariantCulture);
            if (NhsNumber.FromNineDigits(digits) is { } number)
            {
                return number;
            }
        }
        throw new InvalidOperationException($"No NHS number could be made for '{id}'.");
    }
}
