namespace Sightline.Demo.Intake;

/// <summary>What <see cref="IntakeFiles"/> draws for one family's persons.</summary>
/// <param name="MotherBorn">The mother's date of birth.</param>
/// <param name="ChildBorn">The baby's date of birth.</param>
/// <param name="Postcode">The household's postcode.</param>
/// <param name="FatherBorn">The father's date of birth, when the family has one.</param>
/// <param name="ChildSex">The baby's sex.</param>
internal sealed record FamilyDraw(DateOnly MotherBorn, DateOnly ChildBorn, string Postcode, DateOnly? FatherBorn, string ChildSex);
