// The store lives in src/shared so Node tests can use it; the editor and panels import it from here.
export { FieldStore, type FieldsListener } from '../../../shared/templates/fieldStore'
