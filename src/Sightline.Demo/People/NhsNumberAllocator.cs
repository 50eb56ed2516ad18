using System.Globalization;
using Sightline.Core.Persons;

namespace Sightline.Demo.People;

/// <summary>
/// Hands out valid NHS numbers from the 999 range, which the NHS keeps for test data, so a demo
/// number can never be a real patient's. The n-th person of a run gets slot n, scrambled by the
/// seed; a slot owns the pair of candidates 999·2k and 999·2k+1, which differ only in the last of
/// the nine digits. At most one last digit of any eight leading digits has no check digit, so when
/// the first candidate has none the second does, and no two slots share a candidate.
/// </summary>
internal sealed class NhsNumberAllocator
{
    /// <summary>Pairs of candidates in the 999 range: 1,000,000 nine-digit candidates, two per slot.</summary>
    public const int Capacity = 500_000;

    // Prime, so coprime with 500,000 (2^5 x 5^6): multiplying by it permutes the slots.
    private const long Stride = 7_919;

    private readonly long _offset;
    private int _next;

    public NhsNumberAllocator(int seed)
    {
        _offset = new Random(seed).Next(Capacity);
    }

    /// <summary>The number for the next person.</summary>
    /// <exception cref="InvalidOperationException">When the run has used every slot.</exception>
    public NhsNumber Next()
    {
        if (_next >= Capacity)
        {
            throw new InvalidOperationException("The 999 test range has no NHS numbers left for this run.");
        }
        var slot = ((_next++ * Stride) + _offset) % Capacity;
        var first = 999_000_000 + (2 * slot);
        return Candidate(first) ?? Candidate(first + 1)
            ?? throw new InvalidOperationException("Two neighbouring candidates cannot both lack a check digit.");
    }

    private static NhsNumber? Candidate(long nineDigits) =>
        NhsNumber.FromNineDigits(nineDigits.ToString(CultureInfo.InvariantCulture));
}
