// The Swift files that call C libraries live here, one per library.
import PassPolicy
