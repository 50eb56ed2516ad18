namespace Sightline.Web.Presentation;

/// <summary>A problem with what was typed into a form, for the error summary and beside the field.</summary>
/// <param name="Field">The id of the field to fix, which the summary links to.</param>
/// <param name="Message">What is wrong and how to put it right, as the design system words it.</param>
internal sealed record FormError(string Field, string Message);
