import CNcursesw
import KithUI
