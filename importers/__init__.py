"""Adapters from outside formats to the directory service. Importers never write SQL themselves."""
