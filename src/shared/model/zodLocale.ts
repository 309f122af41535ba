import { z } from 'zod'
import vi from 'zod/v4/locales/vi.js'

// Validation messages reach officers, so zod speaks Vietnamese wherever the model is loaded.
// Only this locale is imported, so the renderer bundle does not carry all of zod's languages.
z.config(vi())

export { z }
