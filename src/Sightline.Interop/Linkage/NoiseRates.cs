namespace Sightline.Interop.Linkage;

/// <summary>Per-record chances of each error in the pseudopeople linkage set.</summary>
/// <param name="Typo">A keying error in the first name, and separately in the last name.</param>
/// <param name="Nickname">The first name replaced by a nickname or its full form.</param>
/// <param name="SwapDayMonth">Day and month of birth swapped (when the day can be a month).</param>
/// <param name="DatePart">One part of the date of birth mistyped.</param>
/// <param name="BorrowedDateOfBirth">The date of birth taken from the copy_date_of_birth column (another person's).</param>
/// <param name="Moved">The address replaced by another record's.</param>
/// <param name="Missing">Each of names, date of birth and address left empty, separately.</param>
public sealed record NoiseRates(
    double Typo = 0.05,
    double Nickname = 0.05,
    double SwapDayMonth = 0.03,
    double DatePart = 0.03,
    double BorrowedDateOfBirth = 0.02,
    double Moved = 0.1,
    double Missing = 0.03);
