namespace Lantern.Web.Pages.People;

/// <summary>A page that shows the person form (<c>_PersonFields</c>), whose inputs are named <c>Input.*</c>.</summary>
public interface IPersonForm
{
    PersonFields Input { get; }
}
