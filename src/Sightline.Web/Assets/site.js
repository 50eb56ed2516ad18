// Sightline's only script, loaded as a module from the site (the content security policy allows
// no inline script). Every page works without it: it adds the design system's progressive
// enhancements (the menu toggle on small screens, error summary focus, sortable tables).
import { initAll as initGovuk } from '/govuk/govuk-frontend.min.js'
import { initAll as initMoj } from '/moj/moj-frontend.min.js'

// What the GOV.UK page template does inline: the design system styles its enhanced components
// only when the page says the browser runs its modules.
document.body.classList.add('js-enabled', 'govuk-frontend-supported')

initGovuk()
initMoj()

// The chronology's print page: its "Print or save as PDF" button is hidden until script can press print.
for (const button of document.querySelectorAll('[data-app-print]')) {
  button.hidden = false
  button.addEventListener('click', () => window.print())
}
